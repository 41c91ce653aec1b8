using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Billing;

internal static class BilledItems
{
    public static async Task<bool> AnyForTicketAsync(TicketsDbContext db, Guid ticketId, CancellationToken cancellationToken) =>
        await db.TimeEntries.AnyAsync(e => e.TicketId == ticketId && (e.BilledInBillingId != null || e.TravelBilledInBillingId != null), cancellationToken)
        || await db.Extras.AnyAsync(e => e.TicketId == ticketId && e.BilledInBillingId != null, cancellationToken);
}
