using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

/// <summary>Time entries across tickets (the API's global appointment list and per-ticket pages).</summary>
internal sealed class ListTimeEntries(TicketsDbContext db)
{
    public async Task<PagedList<TimeEntryListItemDto>> HandleAsync(TimeEntryListRequest r, CancellationToken cancellationToken)
    {
        var query =
            from e in db.TimeEntries.AsNoTracking()
            join t in db.Tickets.AsNoTracking() on e.TicketId equals t.Id
            select new { Entry = e, Ticket = t };
        if (r.From is { } from)
        {
            query = query.Where(x => x.Entry.Date >= from);
        }

        if (r.To is { } to)
        {
            query = query.Where(x => x.Entry.Date <= to);
        }

        if (r.TechnicianIds is { } technicians)
        {
            query = query.Where(x => technicians.Contains(x.Entry.TechnicianId));
        }

        if (r.DeskIds is { } desks)
        {
            query = query.Where(x => desks.Contains(x.Ticket.DeskId));
        }

        if (r.ClientIds is { } clients)
        {
            query = query.Where(x => clients.Contains(x.Ticket.ClientId));
        }

        if (r.ContractIds is { } contracts)
        {
            query = query.Where(x => x.Entry.ContractId != null && contracts.Contains(x.Entry.ContractId.Value));
        }

        if (r.TicketNumber is { } number)
        {
            query = query.Where(x => x.Ticket.Number == number);
        }

        var page = Math.Max(1, r.Page);
        var size = Math.Clamp(r.PageSize, 1, 200);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(x => x.Entry.Date).ThenBy(x => x.Entry.Start).ThenBy(x => x.Entry.Id)
            .Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * size)).Take(size)
            .ToListAsync(cancellationToken);
        var deskIds = rows.Select(x => x.Ticket.DeskId).Distinct().ToList();
        var deskNames = await db.Desks.AsNoTracking().Where(d => deskIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        return new PagedList<TimeEntryListItemDto>(
            [.. rows.Select(x => new TimeEntryListItemDto(
                TimeEntryMapping.ToDto(x.Entry), x.Ticket.Number, x.Ticket.Title, x.Ticket.ClientId, x.Ticket.ClientName,
                x.Ticket.DeskId, deskNames.GetValueOrDefault(x.Ticket.DeskId, "")))],
            page,
            size,
            total);
    }
}
