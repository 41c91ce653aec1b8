using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Cycles;

/// <summary>The contract cycles pending on a date, ordered for billing, and the contracts whose cycles cannot be computed.</summary>
internal sealed class GetCyclesPending(ContractsDbContext db)
{
    public async Task<CyclesPendingDto> HandleAsync(CyclesPendingRequest request, CancellationToken cancellationToken)
    {
        var contracts = await ContractQueries.Filter(ContractQueries.WithRiders(db), request.ClientIds, null).ToListAsync(cancellationToken);
        var clients = await db.Clients.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var limit = request.ExactDueDate ?? request.BaseDate;
        var problems = new List<ContractScheduleProblemDto>();
        var cycles = new List<(string Client, int Number, ContractCycleDto Cycle)>();
        foreach (var contract in contracts)
        {
            // One contract whose dates cannot be scheduled is reported on its own line; it never takes the others down.
            if (CycleCalculator.ScheduleProblem(contract) is { } problem)
            {
                problems.Add(new ContractScheduleProblemDto(contract.Id, contract.ClientId, contract.Number, contract.Name, problem));
                continue;
            }

            cycles.AddRange(CycleCalculator.CyclesFrom(contract, request.NotBefore)
                .TakeWhile(cycle => request.ExactDueDate is null ? cycle.PendingFrom <= limit : cycle.DueDate <= limit)
                .Where(cycle => request.ExactDueDate is null || cycle.DueDate == request.ExactDueDate)
                .Select(cycle => (clients.GetValueOrDefault(contract.ClientId, ""), contract.Number, cycle.ToDto(contract))));
        }

        return new CyclesPendingDto(
            [.. cycles.OrderBy(x => x.Cycle.DueDate).ThenBy(x => x.Client, StringComparer.Ordinal).ThenBy(x => x.Number).ThenBy(x => x.Cycle.Index).Select(x => x.Cycle)],
            problems);
    }
}
