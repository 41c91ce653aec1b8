namespace Tiflux.Contracts.Clients;

/// <summary>A client asset (recurso / equipamento), optionally in a resource group used to split report costs.</summary>
internal sealed class Resource
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ClientId { get; init; }

    public Guid? ResourceGroupId { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";
}
