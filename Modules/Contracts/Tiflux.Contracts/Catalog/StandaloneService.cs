using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Catalog;

/// <summary>Serviço avulso: billed by the hour outside any contract; global, or for one client.</summary>
internal sealed class StandaloneService
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public Guid? ClientId { get; set; }

    public decimal ExternalHourRate { get; set; }

    public decimal RemoteHourRate { get; set; }

    public decimal InternalHourRate { get; set; }

    public bool Active { get; set; } = true;

    public StandaloneServiceDto ToDto() => new(Id, Name, ClientId, ExternalHourRate, RemoteHourRate, InternalHourRate, Active);
}
