using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Pending.Summary;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Pending;

/// <summary>
/// Pending billing per client: contract and standalone totals, earliest due date and contract problems. Read from the
/// stored summaries of the date; the clients whose data changed since (their fingerprints differ) are recomputed by
/// the engine first, so the answer always equals a fresh computation (ADR 0019).
/// </summary>
internal sealed class GetPendingTotals(PendingFingerprints fingerprints, PendingSummaryRefresh refresh, BillingDbContext db)
{
    public async Task<IReadOnlyList<PendingClientSummary>> HandleAsync(PendingRequest request, CancellationToken cancellationToken)
    {
        var asOf = request.ExactDueDate ?? request.BaseDate;
        var exact = request.ExactDueDate is not null;
        var current = await fingerprints.ReadAsync(cancellationToken);
        var wanted = request.ClientIds is null ? current.Keys.ToHashSet() : request.ClientIds.Where(current.ContainsKey).ToHashSet();
        var rows = db.PendingSummaries.AsNoTracking().Where(s => s.AsOf == asOf && s.ExactDueDate == exact);
        var stored = await (request.ClientIds is null ? rows : rows.Where(s => wanted.Contains(s.ClientId))).ToListAsync(cancellationToken);
        var summaries = stored.Where(s => wanted.Contains(s.ClientId) && s.Fingerprint == current[s.ClientId]).ToList();
        var stale = wanted.Except(summaries.Select(s => s.ClientId)).ToList();
        if (stale.Count > 0)
        {
            summaries.AddRange(await refresh.RefreshAsync(asOf, exact, current, stale, cancellationToken));
        }

        return [.. summaries
            .Select(s => PendingSummaryParts.Show(s, request.Scope))
            .OfType<PendingClientSummary>()
            // pt-BR collation: the order of the pending list and of its client picker ("Ótica" between "Nordeste" and "Pão").
            .OrderBy(s => s.ClientName, PtBr.Collator)
            .ThenBy(s => s.ClientName, StringComparer.Ordinal)
            .ThenBy(s => s.ClientId)];
    }
}
