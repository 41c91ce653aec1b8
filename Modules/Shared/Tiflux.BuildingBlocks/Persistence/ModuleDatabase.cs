using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Tiflux.BuildingBlocks.Persistence;

/// <remarks>On a fresh database EF logs one failed SELECT of the history table per module before migrating: benign.</remarks>
internal sealed class ModuleDatabase<TContext>(IServiceScopeFactory scopes, string schema, int order) : IModuleDatabase
    where TContext : DbContext
{
    public string Schema => schema;

    public int Order => order;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
    }
}
