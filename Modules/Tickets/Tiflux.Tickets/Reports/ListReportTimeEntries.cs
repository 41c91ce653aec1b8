using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Entries;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Reports;

/// <summary>
/// Every time entry matching the filters of the paged list (same filter code), up to <see cref="TicketLimits.ReportRows"/>,
/// for reports that total a whole period. The request's page and page size are ignored.
/// </summary>
internal sealed class ListReportTimeEntries(TicketsDbContext db, ListTimeEntries list)
{
    public async Task<TimeEntryReportList> HandleAsync(TimeEntryListRequest r, CancellationToken cancellationToken)
    {
        var rows = await (
            from e in list.Filter(r)
            join t in db.Tickets on e.TicketId equals t.Id
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
            }).Take(TicketLimits.ReportRows + 1).ToListAsync(cancellationToken);
        var truncated = rows.Count > TicketLimits.ReportRows;
        return new TimeEntryReportList(
            [.. rows.Take(TicketLimits.ReportRows).Select(x => new TimeEntryListItemDto(
                TimeEntryMapping.ToDto(x.Entry), x.Number, x.Title, x.ClientId, x.ClientName, x.DeskId, x.DeskName ?? ""))],
            truncated);
    }
}
