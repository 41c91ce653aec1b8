using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Contracts;
using Tiflux.TestKit;
using Tiflux.Tickets;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>A first start on an empty database logs no errors: a new user reads "fail:" lines as something broken.</summary>
[Trait("Category", "Integration")]
public sealed class FirstStartLogTests
{
    [Fact]
    public async Task Migrating_an_empty_database_logs_no_error()
    {
        await using var database = await TestDatabase.CreateAsync();
        var errors = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddProvider(new CapturingProvider(errors)));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(database.ConnectionString).Build());
        services.AddContractsModule().AddTicketsModule().AddBillingModule();
        await using var provider = services.BuildServiceProvider();

        // As the host's migration runner does: ask what is pending, then migrate.
        var modules = provider.GetServices<IModuleDatabase>().OrderBy(m => m.Order).ToList();
        Assert.NotEmpty(modules);
        foreach (var module in modules)
        {
            Assert.NotEmpty(await module.GetPendingMigrationsAsync(default));
            await module.MigrateAsync(default);
            Assert.Empty(await module.GetPendingMigrationsAsync(default));
        }

        Assert.True(errors.IsEmpty, string.Join("\n", errors));
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, errors);

        public void Dispose()
        {
        }
    }

    private sealed class Capturing(string category, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{category}: {formatter(state, exception)}");
            }
        }
    }
}
