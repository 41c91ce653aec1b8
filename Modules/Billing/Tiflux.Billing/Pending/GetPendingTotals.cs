using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Pending;

/// <summary>Pending billing per client: contract and standalone totals, earliest due date and contract problems.</summary>
internal sealed class GetPendingTotals(PendingBillingEngine engine)
{
    public async Task<IReadOnlyList<PendingClientSummary>> HandleAsync(PendingRequest request, CancellationToken cancellationToken)
    {
        var lines = (await engine.ComputeAsync(request, cancellationToken)).Lines;
        return [.. lines
            .GroupBy(l => (l.ClientId, l.ClientName))
            .Select(g => new PendingClientSummary(
                g.Key.ClientId,
                g.Key.ClientName,
                g.Where(l => l.IsContractLine && l.Billable).Sum(l => l.Amount),
                g.Where(l => !l.IsContractLine && l.Billable).Sum(l => l.Amount),
                g.Where(l => l.DueDate is not null).Select(l => l.DueDate).Min(),
                g.Count(),
                [.. g.Where(l => l.Kind == PendingLineKind.ContractProblem).Select(l => l.Description)]))
            // pt-BR collation: the order of the pending list and of its client picker ("Ótica" between "Nordeste" and "Pão").
            .OrderBy(s => s.ClientName, PtBr.Collator)
            .ThenBy(s => s.ClientName, StringComparer.Ordinal)
            .ThenBy(s => s.ClientId)];
    }
}
