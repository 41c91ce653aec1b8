using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending.Summary;

/// <summary>
/// Recomputes the awaiting-review snapshots of the stale clients from Tickets' items and stores them with the
/// fingerprints read before computing (see <see cref="PendingSummaryRefresh"/> for why), under one advisory lock.
/// </summary>
internal sealed class AwaitingReviewRefresh(ITicketBilling tickets, IContractsModule contracts, BillingDbContext db, TimeProvider clock)
{
    public async Task<List<AwaitingReviewSnapshot>> RefreshAsync(
        IReadOnlyDictionary<Guid, string> fingerprints, IReadOnlyCollection<Guid> stale, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SummaryLock.AcquireAsync(db, "billing.awaiting_review_summaries", 0, cancellationToken);
            var (current, stillStale) = ClientSnapshots.Split(
                await db.AwaitingReviewSnapshots.AsNoTracking().Where(s => stale.Contains(s.ClientId)).ToListAsync(cancellationToken),
                fingerprints,
                stale);
            if (stillStale.Count == 0)
            {
                return current;
            }

            var subset = stillStale.Count > fingerprints.Count / 2 ? null : stillStale;
            var items = (await tickets.GetAwaitingReviewItemsAsync(new AwaitingReviewItemsRequest(subset), cancellationToken)).ToLookup(i => i.ClientId);
            var names = (await contracts.GetClientsAsync(subset, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
            var now = clock.GetUtcNow();
            var fresh = stillStale.Select(id => Snapshot(id, names.GetValueOrDefault(id, "?"), [.. items[id]], fingerprints[id], now)).ToList();
            await db.AwaitingReviewSnapshots.Where(s => stillStale.Contains(s.ClientId)).ExecuteDeleteAsync(cancellationToken);
            db.AwaitingReviewSnapshots.AddRange(fresh);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return [.. current, .. fresh];
        });
    }

    private static AwaitingReviewSnapshot Snapshot(Guid clientId, string clientName, List<AwaitingReviewItemDto> items, string fingerprint, DateTimeOffset now)
    {
        var standalone = items.Where(i => i.Kind != AwaitingReviewItemKind.ContractEntry).ToList();
        var contract = items.Where(i => i.Kind == AwaitingReviewItemKind.ContractEntry).ToList();
        return new AwaitingReviewSnapshot
        {
            ClientId = clientId,
            ClientName = clientName,
            StandaloneTickets = [.. standalone.Select(i => i.TicketNumber).Distinct()],
            StandaloneItems = standalone.Count,
            StandaloneValue = standalone.Sum(i => StandaloneLines.BilledAmount(i.Warranty, i.Value)),
            ContractTickets = [.. contract.Select(i => i.TicketNumber).Distinct()],
            ContractEntries = contract.Count,
            ContractMinutes = contract.Where(i => !i.Warranty).Sum(i => i.Minutes ?? 0),
            Fingerprint = fingerprint,
            RefreshedAt = now,
        };
    }
}
