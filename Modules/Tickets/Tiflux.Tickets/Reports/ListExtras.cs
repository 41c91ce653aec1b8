using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Reports;

/// <summary>
/// Extras of a period for the reports, joined to their tickets for number, title, client and desk (never the ticket's
/// description). One statement; one row more than the limit is read to know whether the list was cut.
/// </summary>
internal sealed class ListExtras(TicketsDbContext db)
{
    public async Task<ExtraList> HandleAsync(ExtraListRequest r, CancellationToken cancellationToken)
    {
        var query =
            from x in db.Extras.AsNoTracking()
            join t in db.Tickets on x.TicketId equals t.Id
            where x.Date >= r.From && x.Date <= r.To
            select new { Extra = x, Ticket = t };
        if (r.ClientIds is { } clients)
        {
            query = query.Where(q => clients.Contains(q.Ticket.ClientId));
        }

        if (r.DeskIds is { } desks)
        {
            query = query.Where(q => desks.Contains(q.Ticket.DeskId));
        }

        if (r.ExtraExpenseIds is { } expenses)
        {
            query = query.Where(q => expenses.Contains(q.Extra.ExtraExpenseId));
        }

        if (r.TicketNumber is { } number)
        {
            query = query.Where(q => q.Ticket.Number == number);
        }

        if (r.Billed is { } billed)
        {
            query = billed ? query.Where(q => q.Extra.BilledInBillingId != null) : query.Where(q => q.Extra.BilledInBillingId == null);
        }

        var rows = await query
            .OrderBy(q => q.Extra.Date).ThenBy(q => q.Ticket.Number).ThenBy(q => q.Extra.CreatedAt).ThenBy(q => q.Extra.Id)
            .Take(TicketLimits.ReportRows + 1)
            .Select(q => new ExtraListItemDto(
                q.Extra.Id,
                q.Extra.Date,
                q.Ticket.Id,
                q.Ticket.Number,
                q.Ticket.Title,
                q.Ticket.ClientId,
                q.Ticket.ClientName,
                q.Ticket.DeskId,
                q.Extra.ExtraExpenseId,
                q.Extra.ExpenseName,
                q.Extra.Description,
                q.Extra.Quantity,
                q.Extra.UnitValue,
                q.Extra.Total,
                q.Extra.CreatedById,
                q.Extra.BilledInBillingId))
            .ToListAsync(cancellationToken);
        var truncated = rows.Count > TicketLimits.ReportRows;
        return new ExtraList(truncated ? rows[..TicketLimits.ReportRows] : rows, truncated);
    }
}
