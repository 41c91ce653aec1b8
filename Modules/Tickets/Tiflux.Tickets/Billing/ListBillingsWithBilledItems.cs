using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Billing;

/// <summary>The billings that mark at least one time entry, travel or extra.</summary>
internal sealed class ListBillingsWithBilledItems(TicketsDbContext db)
{
    public async Task<IReadOnlyList<Guid>> HandleAsync(CancellationToken cancellationToken) =>
        await db.TimeEntries.Where(e => e.BilledInBillingId != null).Select(e => e.BilledInBillingId!.Value)
            .Union(db.TimeEntries.Where(e => e.TravelBilledInBillingId != null).Select(e => e.TravelBilledInBillingId!.Value))
            .Union(db.Extras.Where(e => e.BilledInBillingId != null).Select(e => e.BilledInBillingId!.Value))
            .ToListAsync(cancellationToken);
}
