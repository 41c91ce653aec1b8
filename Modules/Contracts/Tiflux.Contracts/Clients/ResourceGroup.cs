namespace Tiflux.Contracts.Clients;

internal sealed class ResourceGroup
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ClientId { get; init; }

    public required string Name { get; set; }
}
