using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

internal sealed class DiscardTimer(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(int ticketNumber, Guid timerId, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        var timer = ticket is null ? null
            : await db.Timers.SingleOrDefaultAsync(t => t.Id == timerId && t.TicketId == ticket.Id, cancellationToken);
        if (ticket is null || timer is null)
        {
            return Result.Failure(Error.NotFound("Cronômetro não encontrado."));
        }

        db.Timers.Remove(timer);
        db.History.Add(ticket.Record(time.GetUtcNow(), actor, HistoryArea.Appointment, HistoryOperation.Deleted, "Timer discarded", $"Cronômetro de {timer.TechnicianName} descartado.").About(timer.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
