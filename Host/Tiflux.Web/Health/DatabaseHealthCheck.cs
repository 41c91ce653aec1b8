using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.Web.Health;

internal sealed class DatabaseHealthCheck(IEnumerable<IModuleDatabase> databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = new Dictionary<string, object>();
            foreach (var database in databases.OrderBy(d => d.Order))
            {
                var migrations = await database.GetPendingMigrationsAsync(cancellationToken);
                if (migrations.Count > 0)
                {
                    pending[database.Schema] = migrations.Count;
                }
            }

            return pending.Count == 0
                ? HealthCheckResult.Healthy("Database reachable; every schema is migrated.")
                : HealthCheckResult.Degraded("Pending migrations.", data: pending);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Database unreachable.", ex);
        }
    }
}
