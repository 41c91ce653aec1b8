using Hangfire;
using Hangfire.PostgreSql;

namespace Tiflux.Web.Hosting;

internal static class HangfireSetup
{
    public const string Schema = "hangfire";

    /// <summary>In priority order: a worker takes e-mail before the next billing batch, so a long run does not hold mail back.</summary>
    public static readonly string[] Queues = ["default", "email", "billing", "pdf"];

    public static IServiceCollection AddTifluxHangfire(this IServiceCollection services, string connectionString, HostRole role, int workerCount, TimeSpan invisibilityTimeout)
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
                    // A job fetched by a process that died is handed to another worker this long after the process's last
                    // heartbeat; a live worker keeps its job however long it runs (sliding).
                    InvisibilityTimeout = invisibilityTimeout,
                    UseSlidingInvisibilityTimeout = true,
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
