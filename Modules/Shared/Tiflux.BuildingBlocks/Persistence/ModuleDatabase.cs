using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Tiflux.BuildingBlocks.Persistence;

/// <remarks>
/// On a fresh database EF probes the history table with a query that fails (and logs "fail:" lines a new user reads
/// as errors); creating the schema and EF's own history table first, with EF's own script, leaves nothing to fail.
/// </remarks>
internal sealed class ModuleDatabase<TContext>(IServiceScopeFactory scopes, string schema, int order) : IModuleDatabase
    where TContext : DbContext
{
    public string Schema => schema;

    public int Order => order;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var history = db.GetService<IHistoryRepository>();
        var createHistory = "CREATE SCHEMA IF NOT EXISTS \"" + schema + "\";\n" + history.GetCreateIfNotExistsScript();
        await db.Database.ExecuteSqlRawAsync(createHistory, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();

        // Before the first migration there is no history table: every migration is pending, and asking EF would log
        // its failed SELECT.
        var historyTable = $"\"{schema}\".\"{ModuleDbContextRegistration.MigrationsHistoryTable}\"";
        var historyExists = await db.Database
            .SqlQuery<bool>($"SELECT to_regclass({historyTable}) IS NOT NULL AS \"Value\"")
            .SingleAsync(cancellationToken);
        return historyExists ? [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)] : [.. db.Database.GetMigrations()];
    }
}
