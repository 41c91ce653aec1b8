using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Entries;

internal sealed class StartTimer(TicketsDbContext db, TicketSlaClock sla, TimeProvider time)
{
    public async Task<Result<Guid>> HandleAsync(int ticketNumber, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(ticketNumber);
        }

        if (ticket.State != TicketState.Open)
        {
            return TicketErrors.NotOpen;
        }

        if (await db.Timers.AnyAsync(t => t.TicketId == ticket.Id && t.TechnicianId == actor.UserId, cancellationToken))
        {
            return Error.Conflict("Você já tem um cronômetro em andamento neste ticket.");
        }

        var now = time.GetUtcNow();
        var timer = new PreTimeEntry { TicketId = ticket.Id, TechnicianId = actor.UserId, TechnicianName = actor.Name, StartedAt = now };
        db.Timers.Add(timer);
        await sla.AttendAsync(ticket, now, actor, cancellationToken);
        db.History.Add(ticket.Record(now, actor, HistoryArea.Appointment, HistoryOperation.Created, "Timer started", "Cronômetro iniciado."));
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(timer.Id);
    }
}
