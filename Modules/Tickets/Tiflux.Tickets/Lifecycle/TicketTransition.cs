using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>
/// The frame every state change shares: load the ticket and its desk, apply the transition, and only when it succeeds
/// record its history line and save.
/// </summary>
internal sealed class TicketTransition(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> ApplyAsync(
        int number,
        ActorDto actor,
        Func<Ticket, ServiceDesk, Task<(Result Result, string What)>> transition,
        CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return Result.Failure(TicketErrors.TicketNotFound(number));
        }

        var desk = await db.Desks.SingleAsync(d => d.Id == ticket.DeskId, cancellationToken);
        var (result, what) = await transition(ticket, desk);
        if (!result.IsSuccess)
        {
            return result;
        }

        db.History.Add(ticket.Record(time.GetUtcNow(), actor.UserId, actor.Name, what));
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
