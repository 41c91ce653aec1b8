using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.TestKit;

namespace Tiflux.Web.Tests;

/// <summary>The one Hangfire-enabled host of this test process, on its own database.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public TifluxAppFactory Factory { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Factory = new TifluxAppFactory(Database, runJobs: true);
        _ = Factory.Server;
        await WaitForHangfireServerAsync();
    }

    private async Task WaitForHangfireServerAsync()
    {
        var monitoring = Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        for (var i = 0; i < 300 && monitoring.Servers().Count == 0; i++)
        {
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppTestGroup : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
