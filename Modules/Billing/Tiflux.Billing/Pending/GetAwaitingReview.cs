using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Pending.Summary;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>
/// "Why is it not here?": per client, the work on tickets awaiting review. Standalone items are valued as
/// <see cref="StandaloneLines"/> will bill them once reviewed; contract entries are counted, not valued, because the
/// cycle pricing already counts them by entry date (docs/decisions/0016-awaiting-review.md). Read from the stored
/// snapshots; the clients whose data changed since are recomputed from Tickets' items first, and while nothing changed
/// anywhere every client's snapshot comes from this process's cache (ADR 0019).
/// </summary>
internal sealed class GetAwaitingReview(PendingFingerprints fingerprints, AwaitingReviewRefresh refresh, BillingDbContext db, SummaryCache cache)
{
    private const string CacheKey = "awaiting-review";

    public async Task<IReadOnlyList<AwaitingReviewSummary>> HandleAsync(AwaitingReviewRequest request, CancellationToken cancellationToken)
    {
        var version = await fingerprints.VersionAsync(cancellationToken);
        var snapshots = cache.Get<List<AwaitingReviewSnapshot>>(CacheKey, version);
        if (snapshots is null)
        {
            snapshots = await ReadFreshAsync(request.ClientIds, await fingerprints.ReadAsync(version, cancellationToken), cancellationToken);
            if (request.ClientIds is null)
            {
                cache.Set(CacheKey, version, snapshots);
            }
        }

        var wanted = request.ClientIds?.ToHashSet();
        return [.. snapshots
            .Where(s => wanted is null || wanted.Contains(s.ClientId))
            .Select(s => Show(s, request.Scope))
            .OfType<AwaitingReviewSummary>()];
    }

    private async Task<List<AwaitingReviewSnapshot>> ReadFreshAsync(
        IReadOnlyCollection<Guid>? clientIds, IReadOnlyDictionary<Guid, string> current, CancellationToken cancellationToken)
    {
        var wanted = ClientSnapshots.Wanted(clientIds, current);
        var rows = db.AwaitingReviewSnapshots.AsNoTracking();
        var stored = await (clientIds is null ? rows : rows.Where(s => wanted.Contains(s.ClientId))).ToListAsync(cancellationToken);
        var (snapshots, stale) = ClientSnapshots.Split(stored, current, wanted);
        if (stale.Count > 0)
        {
            snapshots.AddRange(await refresh.RefreshAsync(current, stale, cancellationToken));
        }

        return [.. snapshots.OrderBy(s => s.ClientName, StringComparer.Ordinal).ThenBy(s => s.ClientId)];
    }

    private static AwaitingReviewSummary? Show(AwaitingReviewSnapshot snapshot, PendingScope scope)
    {
        var standalone = scope != PendingScope.Contracts;
        var contract = scope != PendingScope.Standalone;
        var tickets = (standalone ? snapshot.StandaloneTickets : []).Union(contract ? snapshot.ContractTickets : []).Order().ToList();
        return tickets.Count == 0 ? null : new AwaitingReviewSummary(
            snapshot.ClientId,
            snapshot.ClientName,
            tickets.Count,
            standalone ? snapshot.StandaloneItems : 0,
            standalone ? snapshot.StandaloneValue : 0m,
            contract ? snapshot.ContractEntries : 0,
            contract ? snapshot.ContractMinutes : 0,
            tickets);
    }
}
