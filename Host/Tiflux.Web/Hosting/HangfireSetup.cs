using Hangfire;
using Hangfire.PostgreSql;

namespace Tiflux.Web.Hosting;

internal static class HangfireSetup
{
    public const string Schema = "hangfire";

    public static readonly string[] Queues = ["default", "email", "pdf"];

    public static IServiceCollection AddTifluxHangfire(this IServiceCollection services, string connectionString, HostRole role, int workerCount)
    {
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                storage => storage.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = Schema,
                    PrepareSchemaIfNecessary = true,
                    EnableLongPolling = true,
                }));

        if (role.RunsJobs())
        {
            services.AddHangfireServer(options =>
            {
                options.Queues = Queues;
                options.WorkerCount = workerCount;
                options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                options.ShutdownTimeout = TimeSpan.FromSeconds(30);
            });
        }

        return services;
    }
}
