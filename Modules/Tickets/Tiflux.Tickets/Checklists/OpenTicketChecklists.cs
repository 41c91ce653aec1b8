using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>An open ticket and its checklists, tracked, as every checklist change starts from them.</summary>
internal sealed record OpenTicketChecklists(Ticket Ticket, List<TicketChecklist> Checklists)
{
    public static async Task<Result<OpenTicketChecklists>> LoadAsync(TicketsDbContext db, int number, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(number);
        }

        if (ticket.State != TicketState.Open)
        {
            return ChecklistErrors.TicketNotOpen;
        }

        var checklists = await db.TicketChecklists.Where(c => c.TicketId == ticket.Id).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return Result<OpenTicketChecklists>.Success(new OpenTicketChecklists(ticket, checklists));
    }
}
