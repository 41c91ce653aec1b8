using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Pending.Summary;

/// <summary>
/// Recomputes the summaries of the stale clients of one date with the engine — the same computation the per-client
/// screen and billing use — and stores them with the fingerprints read before computing, so a change committed during
/// the computation leaves the row stale for the next read instead of hiding it. Readers of the same date wait on one
/// advisory lock, so fifty users opening the page after a change compute it once.
/// </summary>
internal sealed class PendingSummaryRefresh(PendingBillingEngine engine, BillingDbContext db, TimeProvider clock)
{
    /// <summary>Below this share of all clients the engine is asked for the stale clients only; above, for everyone.</summary>
    private const double SubsetShare = 0.5;

    public async Task<List<PendingSummary>> RefreshAsync(
        DateOnly asOf, bool exactDueDate, IReadOnlyDictionary<Guid, string> fingerprints, IReadOnlyCollection<Guid> stale, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SummaryLock.AcquireAsync(db, "billing.pending_summaries", asOf.DayNumber * 2 + (exactDueDate ? 1 : 0), cancellationToken);

            // Another reader may have refreshed them while this one waited for the lock.
            var (current, stillStale) = ClientSnapshots.Split(
                await db.PendingSummaries.AsNoTracking()
                    .Where(s => s.AsOf == asOf && s.ExactDueDate == exactDueDate && stale.Contains(s.ClientId))
                    .ToListAsync(cancellationToken),
                fingerprints,
                stale);
            if (stillStale.Count == 0)
            {
                return current;
            }

            var request = new PendingRequest(asOf, exactDueDate ? asOf : null, stillStale.Count > fingerprints.Count * SubsetShare ? null : stillStale, PendingScope.Both);
            var lines = (await engine.ComputeAsync(request, cancellationToken, explainStandalone: false)).Lines.ToLookup(l => l.ClientId);
            var now = clock.GetUtcNow();
            var fresh = stillStale.Select(id => PendingSummaryParts.Summarize(asOf, exactDueDate, id, lines[id], fingerprints[id], now)).ToList();
            await db.PendingSummaries
                .Where(s => s.AsOf == asOf && s.ExactDueDate == exactDueDate && stillStale.Contains(s.ClientId))
                .ExecuteDeleteAsync(cancellationToken);
            db.PendingSummaries.AddRange(fresh);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return [.. current, .. fresh];
        });
    }
}
