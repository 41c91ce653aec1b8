using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

internal sealed class CloseTicket(TicketsDbContext db, TicketTransition transition, TimeProvider time)
{
    public Task<Result> HandleAsync(int number, ActorDto actor, CancellationToken cancellationToken) =>
        transition.ApplyAsync(number, actor, "Ticket was closed", async (ticket, desk) =>
        {
            var timerRunning = await db.Timers.AnyAsync(t => t.TicketId == ticket.Id, cancellationToken);
            var result = TicketTransitions.Close(ticket, desk, timerRunning, time.GetUtcNow());
            return (result, ticket.State == TicketState.AwaitingReview ? "Ticket fechado; aguardando revisão." : "Ticket fechado e revisado (mesa sem revisão).");
        }, cancellationToken);
}
