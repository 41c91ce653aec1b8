using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.TestKit;

namespace Tiflux.Tickets.Tests.Support;

/// <summary>The Tickets module alone in a service collection, on its own migrated database, with fake Contracts and clock.</summary>
public sealed class TicketsDb : IAsyncLifetime
{
    private ServiceProvider _provider = null!;

    public TestDatabase Database { get; private set; } = null!;

    public FakeContracts Contracts { get; } = new();

    public FakeClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public IServiceProvider Services => _provider;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new NpgsqlDataSourceBuilder(Database.ConnectionString).Build());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IContractsModule>(Contracts);
        services.AddSingleton<ICatalogAdministration>(Contracts);
        services.AddTicketsModule();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        foreach (var module in _provider.GetServices<IModuleDatabase>())
        {
            await module.MigrateAsync(CancellationToken.None);
        }
    }

    /// <summary>Runs <paramref name="action"/> with one of the module's interfaces from a fresh scope, as one web request would.</summary>
    public async Task<T> WithTickets<TApi, T>(Func<TApi, Task<T>> action)
        where TApi : notnull
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TApi>());
    }

    public async Task WithTickets<TApi>(Func<TApi, Task> action)
        where TApi : notnull
    {
        await using var scope = _provider.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TApi>());
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Database.DisposeAsync();
    }
}
