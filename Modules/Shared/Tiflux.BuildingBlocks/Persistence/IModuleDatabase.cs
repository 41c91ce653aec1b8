namespace Tiflux.BuildingBlocks.Persistence;

/// <summary>A module's own schema and migrations, applied in <see cref="Order"/> by the host's migration runner.</summary>
public interface IModuleDatabase
{
    string Schema { get; }

    int Order { get; }

    Task MigrateAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken);
}
