using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Cycles;

/// <summary>The current cycle of several contracts in one read (a client page shows every contract's consumption).</summary>
internal sealed class GetCyclesContaining(ContractsDbContext db)
{
    public async Task<IReadOnlyList<ContractCycleDto>> HandleAsync(IReadOnlyCollection<Guid> contractIds, DateOnly date, CancellationToken cancellationToken)
    {
        if (contractIds.Count == 0)
        {
            return [];
        }

        var contracts = await ContractQueries.Filter(ContractQueries.WithRiders(db), null, contractIds).ToListAsync(cancellationToken);

        // A contract whose stored dates cannot be scheduled has no current cycle; pending billing reports it.
        return [.. contracts
            .Where(c => CycleCalculator.ScheduleProblem(c) is null)
            .Select(c => CycleCalculator.CycleContaining(c, date)?.ToDto(c))
            .OfType<ContractCycleDto>()];
    }
}
