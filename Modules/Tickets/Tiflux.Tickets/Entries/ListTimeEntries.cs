using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

/// <summary>
/// Time entries across tickets (the API's global appointment list and per-ticket pages): page, ticket columns, desk name
/// and total in one statement. The ticket is read for its number, title, client and desk only (never its description).
/// </summary>
internal sealed class ListTimeEntries(TicketsDbContext db)
{
    public async Task<PagedList<TimeEntryListItemDto>> HandleAsync(TimeEntryListRequest r, CancellationToken cancellationToken)
    {
        var filtered = Filter(r);
        var page = Math.Max(1, r.Page);
        var size = Math.Clamp(r.PageSize, 1, 200);

        // The page is chosen on the ids alone (index on date, start, id), then joined to its tickets and desks; the
        // count rides along as an uncorrelated scalar subquery that PostgreSQL runs once.
        var pageIds = filtered.OrderBy(e => e.Date).ThenBy(e => e.Start).ThenBy(e => e.Id).Skip(PagedList.Skip(page, size)).Take(size).Select(e => e.Id);
        var rows = await (
            from e in db.TimeEntries.AsNoTracking()
            join t in db.Tickets on e.TicketId equals t.Id
            where pageIds.Contains(e.Id)
            orderby e.Date, e.Start, e.Id
            select new
            {
                Entry = e,
                t.Number,
                t.Title,
                t.ClientId,
                t.ClientName,
                t.DeskId,
                DeskName = db.Desks.Where(d => d.Id == t.DeskId).Select(d => d.Name).FirstOrDefault(),
                Total = filtered.Count(),
            }).ToListAsync(cancellationToken);
        var total = rows.Count > 0 ? rows[0].Total : page == 1 ? 0 : await filtered.CountAsync(cancellationToken);
        return new PagedList<TimeEntryListItemDto>(
            [.. rows.Select(x => new TimeEntryListItemDto(
                TimeEntryMapping.ToDto(x.Entry), x.Number, x.Title, x.ClientId, x.ClientName, x.DeskId, x.DeskName ?? ""))],
            page,
            size,
            total);
    }

    /// <summary>The filters (also of the reports' whole-period list); the ticket is looked at only when a filter is about the ticket.</summary>
    internal IQueryable<TimeEntry> Filter(TimeEntryListRequest r)
    {
        var query = db.TimeEntries.AsNoTracking();
        if (r.From is { } from)
        {
            query = query.Where(e => e.Date >= from);
        }

        if (r.To is { } to)
        {
            query = query.Where(e => e.Date <= to);
        }

        if (r.TechnicianIds is { } technicians)
        {
            query = query.Where(e => technicians.Contains(e.TechnicianId));
        }

        if (r.ContractIds is { } contracts)
        {
            query = query.Where(e => e.ContractId != null && contracts.Contains(e.ContractId.Value));
        }

        if (r.DeskIds is { } desks)
        {
            query = query.Where(e => db.Tickets.Any(t => t.Id == e.TicketId && desks.Contains(t.DeskId)));
        }

        if (r.ClientIds is { } clients)
        {
            query = query.Where(e => db.Tickets.Any(t => t.Id == e.TicketId && clients.Contains(t.ClientId)));
        }

        if (r.TicketNumber is { } number)
        {
            query = query.Where(e => db.Tickets.Any(t => t.Id == e.TicketId && t.Number == number));
        }

        return query;
    }
}
