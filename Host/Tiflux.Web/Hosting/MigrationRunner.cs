using Npgsql;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.Web.Hosting;

/// <summary>
/// Applies every module's migrations in a fixed order, then runs <c>thenUnderLock</c> (first admin, demo data),
/// one process at a time: a PostgreSQL advisory lock keeps web and worker processes starting together apart.
/// </summary>
internal sealed partial class MigrationRunner(
    NpgsqlDataSource dataSource,
    IEnumerable<IModuleDatabase> databases,
    ILogger<MigrationRunner> logger)
{
    private const long AdvisoryLockKey = 0x7469_666C_7578; // "tiflux"

    public async Task RunAsync(CancellationToken cancellationToken, Func<Task>? thenUnderLock = null, bool migrate = true)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryLockKey})", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            foreach (var database in databases.Where(_ => migrate).OrderBy(d => d.Order))
            {
                var pending = await database.GetPendingMigrationsAsync(cancellationToken);
                if (pending.Count == 0)
                {
                    continue;
                }

                LogApplying(logger, database.Schema, pending.Count);
                await database.MigrateAsync(cancellationToken);
            }

            if (thenUnderLock is not null)
            {
                await thenUnderLock();
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryLockKey})", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    [LoggerMessage(LogLevel.Information, "Applying {Count} migration(s) to schema {Schema}.")]
    private static partial void LogApplying(ILogger logger, string schema, int count);
}
