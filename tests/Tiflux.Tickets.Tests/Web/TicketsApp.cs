using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tiflux.Contracts.PublicApi;
using Tiflux.TestKit;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Web;

/// <summary>The real host (Hangfire server off: Web.Tests owns the one Hangfire-enabled host) with a controllable Contracts facade.</summary>
public sealed class TicketsApp : IAsyncLifetime
{
    public FakeContracts Contracts { get; } = new();

    public TestDatabase Database { get; private set; } = null!;

    public Factory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        App = new Factory(Database, Contracts);
        _ = App.Server;
    }

    public async Task<T> WithTickets<TApi, T>(Func<TApi, Task<T>> action)
        where TApi : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TApi>());
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }

    public sealed class Factory(TestDatabase database, FakeContracts contracts) : TifluxAppFactory(database, runJobs: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IContractsModule>();
                services.AddSingleton<IContractsModule>(contracts);
                services.RemoveAll<ICatalogAdministration>();
                services.AddSingleton<ICatalogAdministration>(contracts);
            });
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TicketsAppGroup : ICollectionFixture<TicketsApp>
{
    public const string Name = "tickets-app";
}
