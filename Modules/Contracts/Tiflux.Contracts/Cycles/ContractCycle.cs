using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Cycles;

internal sealed record ContractCycle(int Index, DateOnly Start, DateOnly End, DateOnly DueDate, DateOnly PendingFrom, ContractRider Rider)
{
    public ContractCycleDto ToDto(Contract contract)
    {
        var excess = contract.BillingTiming == BillingTiming.InArrears ? this : CycleCalculator.CycleContaining(contract, Start.AddDays(-1));
        return new(
            contract.Id, Index, Start, End, DueDate, PendingFrom, Rider.ToDto(contract),
            excess is null ? null : new ConsumptionPeriodDto(excess.Index, excess.Start, excess.End, excess.Rider.ToDto(contract)));
    }
}
