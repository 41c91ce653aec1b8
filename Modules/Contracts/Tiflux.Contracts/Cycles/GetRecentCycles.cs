using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Cycles;

/// <summary>
/// The consumption charts' cycles: for each contract, its last cycles that started on or before a date (or before the
/// contract ended, for an ended one), oldest first. One read whatever the number of contracts.
/// </summary>
internal sealed class GetRecentCycles(ContractsDbContext db)
{
    public async Task<IReadOnlyList<ContractCycleDto>> HandleAsync(IReadOnlyCollection<Guid> contractIds, DateOnly upTo, int count, CancellationToken cancellationToken)
    {
        if (contractIds.Count == 0 || count <= 0)
        {
            return [];
        }

        var contracts = await ContractQueries.Filter(ContractQueries.WithRiders(db), null, contractIds).ToListAsync(cancellationToken);
        return [.. contracts
            .Where(c => CycleCalculator.ScheduleProblem(c) is null)
            .SelectMany(c => Recent(c, upTo, count).Select(cycle => cycle.ToDto(c)))];
    }

    private static IEnumerable<ContractCycle> Recent(Contract contract, DateOnly upTo, int count)
    {
        // An ended contract shows its last cycles, not an empty window ending today.
        var last = contract.LastDay() is { } end && end < upTo ? end : upTo;

        // One month more than asked: anniversary cycles clamped in short months must not lose the oldest one.
        return CycleCalculator.CyclesFrom(contract, last.AddMonths(-count))
            .TakeWhile(cycle => cycle.Start <= last)
            .TakeLast(count);
    }
}
