using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Agreements;

/// <summary>An organisation-defined contract template (tipo de contrato), bound to exactly one modality.</summary>
internal sealed class ContractType
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public ContractModality Modality { get; init; }

    public bool Active { get; set; } = true;
}
