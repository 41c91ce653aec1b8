using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Pending.Summary;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Pending;

/// <summary>
/// Pending billing per client: contract and standalone totals, earliest due date and contract problems. Read from the
/// stored summaries of the date; the clients whose data changed since (their fingerprints differ) are recomputed by
/// the engine first, so the answer always equals a fresh computation (ADR 0019). While nothing changed anywhere (same
/// change version) the summaries of every client come from this process's cache.
/// </summary>
internal sealed class GetPendingTotals(PendingFingerprints fingerprints, PendingSummaryRefresh refresh, BillingDbContext db, SummaryCache cache)
{
    public async Task<IReadOnlyList<PendingClientSummary>> HandleAsync(PendingRequest request, CancellationToken cancellationToken)
    {
        var asOf = request.ExactDueDate ?? request.BaseDate;
        var exact = request.ExactDueDate is not null;
        var key = $"pending:{asOf.DayNumber}:{exact}";
        var version = await fingerprints.VersionAsync(cancellationToken);
        var summaries = cache.Get<List<PendingSummary>>(key, version);
        if (summaries is null)
        {
            summaries = await ReadFreshAsync(asOf, exact, request.ClientIds, await fingerprints.ReadAsync(version, cancellationToken), cancellationToken);
            if (request.ClientIds is null)
            {
                cache.Set(key, version, summaries);
            }
        }

        var wanted = request.ClientIds?.ToHashSet();
        return [.. summaries
            .Where(s => wanted is null || wanted.Contains(s.ClientId))
            .Select(s => PendingSummaryParts.Show(s, request.Scope))
            .OfType<PendingClientSummary>()];
    }

    /// <summary>The stored summaries of the clients (every client when null), the stale ones recomputed; ordered for the list.</summary>
    private async Task<List<PendingSummary>> ReadFreshAsync(
        DateOnly asOf, bool exact, IReadOnlyCollection<Guid>? clientIds, IReadOnlyDictionary<Guid, string> current, CancellationToken cancellationToken)
    {
        var wanted = ClientSnapshots.Wanted(clientIds, current);
        var rows = db.PendingSummaries.AsNoTracking().Where(s => s.AsOf == asOf && s.ExactDueDate == exact);
        var stored = await (clientIds is null ? rows : rows.Where(s => wanted.Contains(s.ClientId))).ToListAsync(cancellationToken);
        var (summaries, stale) = ClientSnapshots.Split(stored, current, wanted);
        if (stale.Count > 0)
        {
            summaries.AddRange(await refresh.RefreshAsync(asOf, exact, current, stale, cancellationToken));
        }

        // pt-BR collation: the order of the pending list and of its client picker ("Ótica" between "Nordeste" and "Pão").
        return [.. summaries
            .OrderBy(s => s.ClientName, PtBr.Collator)
            .ThenBy(s => s.ClientName, StringComparer.Ordinal)
            .ThenBy(s => s.ClientId)];
    }
}
