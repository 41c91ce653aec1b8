using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.History;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>
/// The frame every state change shares: load the ticket and its desk, apply the transition, and only when it succeeds
/// record its history line and save.
/// </summary>
internal sealed class TicketTransition(TicketsDbContext db, TicketSlaClock sla, TimeProvider time)
{
    public async Task<Result> ApplyAsync(
        int number,
        ActorDto actor,
        string action,
        Func<Ticket, ServiceDesk, Task<(Result Result, string What)>> transition,
        CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return Result.Failure(TicketErrors.TicketNotFound(number));
        }

        var desk = await db.Desks.SingleAsync(d => d.Id == ticket.DeskId, cancellationToken);
        var stateBefore = ticket.State;
        var slaBefore = SlaSnapshot.Of(ticket);
        var (result, what) = await transition(ticket, desk);
        if (!result.IsSuccess)
        {
            return result;
        }

        var now = time.GetUtcNow();
        await sla.AfterChangeAsync(ticket, slaBefore, desk, now, actor, cancellationToken);
        var row = ticket.Record(now, actor, HistoryArea.Lifecycle, HistoryOperation.Updated, action, what);
        HistoryChanges.Track(row.Changes, "state", "Situação", stateBefore.ToString(), ticket.State.ToString());
        db.History.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
