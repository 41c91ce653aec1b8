using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Entries;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Reports;

/// <summary>
/// A period's time entries for the attendant reports: the global list's filters (<see cref="ListTimeEntries.Filter"/>)
/// without paging, bounded by <see cref="TicketLimits.ReportRows"/> (one row more is read to know whether it was cut).
/// </summary>
internal sealed class ListReportEntries(TicketsDbContext db)
{
    public async Task<EntryReport> HandleAsync(EntryReportRequest r, CancellationToken cancellationToken)
    {
        var filtered = ListTimeEntries.Filter(db, new TimeEntryListRequest(r.From, r.To, r.TechnicianIds, r.DeskIds, r.ClientIds));
        if (r.TravelOnly)
        {
            filtered = filtered.Where(e => e.TravelId != null || e.RideAlongTicketNumber != null);
        }

        var rows = await (
                from e in filtered
                join t in db.Tickets on e.TicketId equals t.Id
                orderby e.Date, e.Start, e.Id
                select new
                {
                    Entry = e,
                    t.Number,
                    t.Title,
                    t.State,
                    t.ClientId,
                    t.ClientName,
                    t.DeskId,
                    DeskName = db.Desks.Where(d => d.Id == t.DeskId).Select(d => d.Name).FirstOrDefault(),
                })
            .Take(TicketLimits.ReportRows + 1)
            .ToListAsync(cancellationToken);
        var truncated = rows.Count > TicketLimits.ReportRows;
        return new EntryReport(
            [.. rows.Take(TicketLimits.ReportRows).Select(x => new EntryReportItemDto(
                TimeEntryMapping.ToDto(x.Entry), x.Number, x.Title, x.State, x.ClientId, x.ClientName, x.DeskId, x.DeskName ?? ""))],
            truncated);
    }
}
