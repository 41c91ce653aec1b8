using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Calendar;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

/// <summary>A ticket's stage passages, newest first (Tiflux's <c>GET /tickets/{n}/stages-slas</c>).</summary>
internal sealed class ListStageSlas(TicketsDbContext db, BusinessCalendars calendars, TimeProvider time)
{
    public async Task<Result<PagedList<TicketStageSlaDto>>> HandleAsync(int number, int page, int pageSize, CancellationToken cancellationToken)
    {
        var ticketId = await db.Tickets.Where(t => t.Number == number).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken);
        if (ticketId is null)
        {
            return TicketErrors.TicketNotFound(number);
        }

        var query = db.StageSlas.AsNoTracking().Where(s => s.TicketId == ticketId);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(s => s.EnteredAt).Skip(PagedList.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var items = new List<TicketStageSlaDto>(rows.Count);
        foreach (var s in rows)
        {
            // The open passage's time so far, on its desk's calendar; ended ones stored it when they ended.
            var minutes = s.LeftAt is null
                ? (await calendars.ForDeskAsync(s.DeskId, cancellationToken)).BusinessMinutesBetween(s.EnteredAt, now)
                : s.MinutesInExpedient;
            var attended = s.LeftAt is null
                ? s.Expiration is not { } expiration || (s.AttendedAt ?? now) <= expiration
                : s.SlaAttended;
            items.Add(new TicketStageSlaDto(s.Id, s.DeskId, s.DeskName, s.StageId, s.StageName, s.EnteredAt, s.EnteredById, s.EnteredByName,
                s.Expiration, s.AttendedAt, s.AttendedById, s.AttendedByName, s.LeftAt, minutes, attended));
        }

        return Result<PagedList<TicketStageSlaDto>>.Success(new PagedList<TicketStageSlaDto>(items, page, pageSize, total));
    }
}
