using Microsoft.Extensions.Options;
using Tiflux.BuildingBlocks.Demo;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Hosting;

/// <summary>What a process does before it serves: migrate, make the first admin, load demo data into an empty database.</summary>
internal static class StartupTasks
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var options = provider.GetRequiredService<IOptions<TifluxOptions>>().Value;
        await provider.GetRequiredService<MigrationRunner>().RunAsync(
            cancellationToken,
            async () =>
            {
                await provider.GetRequiredService<AdminBootstrapper>().RunAsync();
                if (options.DemoData)
                {
                    foreach (var seeder in provider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
                    {
                        await seeder.SeedAsync(cancellationToken);
                    }
                }
            },
            migrate: options.MigrateOnStartup);
    }
}
