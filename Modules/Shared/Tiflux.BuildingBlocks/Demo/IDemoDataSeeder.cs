namespace Tiflux.BuildingBlocks.Demo;

/// <summary>Loads a module's demo data into an empty database; run in <see cref="Order"/> by the host.</summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
