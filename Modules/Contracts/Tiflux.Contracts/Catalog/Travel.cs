using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Catalog;

/// <summary>Deslocamento: a travel fee, for everyone, one client or one contract.</summary>
internal sealed class Travel
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public decimal Value { get; set; }

    public TravelScope Scope { get; set; } = TravelScope.All;

    public Guid? ClientId { get; set; }

    public Guid? ContractId { get; set; }

    public bool Active { get; set; } = true;

    public TravelDto ToDto() => new(Id, Name, Value, Scope, ClientId, ContractId, Active);
}
