using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Cycles;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>A contract with its type, clients, riders, adjustments and current cycle.</summary>
internal sealed class GetContractDetails(ContractsDbContext db, TimeProvider clock)
{
    private DateOnly Today => BrazilTime.Today(clock);

    public async Task<ContractDetailsDto?> HandleAsync(Guid contractId, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Riders).ThenInclude(r => r.Items)
            .SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var typeName = await db.ContractTypes.Where(t => t.Id == contract.ContractTypeId).Select(t => t.Name).SingleAsync(cancellationToken);
        var clientNames = await db.Clients.AsNoTracking()
            .Where(c => c.Id == contract.ClientId || contract.SharedMemberClientIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var adjustments = await db.PriceAdjustments.AsNoTracking().Where(a => a.ContractId == contractId)
            .OrderByDescending(a => a.EffectiveDate).ToListAsync(cancellationToken);
        return new ContractDetailsDto(
            ContractTerms.ToDto(contract, typeName, Today),
            clientNames.GetValueOrDefault(contract.ClientId, "?"),
            ContractTerms.ToSettings(contract),
            contract.CancelledOn,
            contract.CancellationReason,
            [.. contract.Riders.OrderByDescending(r => r.Release).Select(r => new RiderHistoryDto(r.ToDto(contract), r.Reason, r.CreatedBy, r.CreatedAt))],
            [.. adjustments.Select(a => new AdjustmentHistoryDto(a.EffectiveDate, a.IndexName, a.Percent, a.NewValue, a.PreviousValue, a.ResultingValue, a.AppliedBy, a.AppliedAt))],
            CycleCalculator.CycleContaining(contract, Today)?.ToDto(contract),
            [.. contract.SharedMemberClientIds.Select(id => clientNames.GetValueOrDefault(id, "?"))]);
    }
}
