using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Calendar;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

/// <summary>Business minutes from now to each running deadline of one ticket (the ticket page's "restam").</summary>
internal sealed class GetSlaTimeLeft(TicketsDbContext db, BusinessCalendars calendars, TimeProvider time)
{
    public async Task<SlaTimeLeftDto?> HandleAsync(int number, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null || ticket.State != TicketState.Open || !ticket.Sla.Active)
        {
            return null;
        }

        var calendar = await calendars.ForDeskAsync(ticket.DeskId, cancellationToken);
        var now = ticket.Sla.PausedAt ?? time.GetUtcNow();
        int? Left(DateTimeOffset? deadline, bool met) => deadline is not { } d || met
            ? null
            : d >= now ? calendar.BusinessMinutesBetween(now, d) : -calendar.BusinessMinutesBetween(d, now);
        var sla = ticket.Sla;
        return new SlaTimeLeftDto(Left(sla.AttendanceDeadline, sla.AttendedAt is not null), Left(sla.SolutionDeadline, false), Left(sla.StageDeadline, false));
    }
}
