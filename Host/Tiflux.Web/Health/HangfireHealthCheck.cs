using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Tiflux.Web.Health;

internal sealed class HangfireHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var servers = monitoring.Servers();
            var stats = monitoring.GetStatistics();
            var data = new Dictionary<string, object>
            {
                ["servers"] = servers.Count,
                ["enqueued"] = stats.Enqueued,
                ["failed"] = stats.Failed,
            };
            return Task.FromResult(servers.Count > 0
                ? HealthCheckResult.Healthy("Hangfire storage reachable; workers online.", data)
                : HealthCheckResult.Degraded("Hangfire storage reachable, but no worker is running.", data: data));
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage unreachable.", ex));
        }
    }
}
