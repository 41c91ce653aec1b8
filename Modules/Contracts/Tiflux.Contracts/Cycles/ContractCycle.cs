using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Cycles;

internal sealed record ContractCycle(int Index, DateOnly Start, DateOnly End, DateOnly DueDate, DateOnly PendingFrom, ContractRider Rider)
{
    public ContractCycleDto ToDto(Contract contract) =>
        new(contract.Id, Index, Start, End, DueDate, PendingFrom, Rider.ToDto(contract));
}
