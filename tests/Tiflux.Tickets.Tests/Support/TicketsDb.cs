using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;

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

    /// <summary>Runs <paramref name="action"/> with a facade from a fresh scope, as one web request would.</summary>
    public async Task<T> WithTickets<T>(Func<ITicketsModule, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ITicketsModule>());
    }

    public async Task WithTickets(Func<ITicketsModule, Task> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<ITicketsModule>());
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Database.DisposeAsync();
    }
}
