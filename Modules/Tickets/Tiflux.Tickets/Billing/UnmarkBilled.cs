using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Billing;

/// <summary>Frees every item a billing marked (its reversal), in one transaction; returns how many marks were removed.</summary>
internal sealed class UnmarkBilled(TicketsDbContext db, TimeProvider time)
{
    public async Task<int> HandleAsync(Guid billingId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BillingHistory.RecordAsync(db, billingId, reversed: true, time.GetUtcNow(), cancellationToken);
        var count = await db.TimeEntries.Where(e => e.BilledInBillingId == billingId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.BilledInBillingId, (Guid?)null), cancellationToken);
        count += await db.TimeEntries.Where(e => e.TravelBilledInBillingId == billingId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.TravelBilledInBillingId, (Guid?)null), cancellationToken);
        count += await db.Extras.Where(e => e.BilledInBillingId == billingId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.BilledInBillingId, (Guid?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }
}
