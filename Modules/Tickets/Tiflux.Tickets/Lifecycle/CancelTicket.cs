using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Billing;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

internal sealed class CancelTicket(TicketsDbContext db, TicketTransition transition)
{
    public Task<Result> HandleAsync(int number, ActorDto actor, CancellationToken cancellationToken) =>
        transition.ApplyAsync(number, actor, "Ticket was cancelled", async (ticket, desk) =>
        {
            var timerRunning = await db.Timers.AnyAsync(t => t.TicketId == ticket.Id, cancellationToken);
            var billed = await BilledItems.AnyForTicketAsync(db, ticket.Id, cancellationToken);
            return (TicketTransitions.Cancel(ticket, desk, timerRunning, billed), "Ticket cancelado.");
        }, cancellationToken);
}
