using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>
/// The closing rule of checklists (service-desk.md §5.6): a checklist with a required field unfilled, or a required
/// template missing from the ticket, keeps it from closing. Read live: templates may have become required since.
/// </summary>
internal static class ChecklistsBlockClose
{
    /// <summary>The failure that keeps an open ticket from closing, or null (other rules, such as "not open", still apply).</summary>
    public static async Task<Result?> CheckAsync(TicketsDbContext db, Ticket ticket, CancellationToken cancellationToken)
    {
        if (ticket.State != TicketState.Open)
        {
            return null;
        }

        var checklists = await db.TicketChecklists.AsNoTracking().Where(c => c.TicketId == ticket.Id).ToListAsync(cancellationToken);
        var missing = await RequiredChecklists.MissingAsync(db, ticket, checklists, cancellationToken);
        return checklists.Exists(c => c.Pending) || missing.Count > 0 ? Result.Failure(ChecklistErrors.BlocksClose(missing)) : null;
    }
}
