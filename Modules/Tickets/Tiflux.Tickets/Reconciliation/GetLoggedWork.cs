using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Reconciliation;

/// <summary>Every entry and extra of the period, projected to the columns reconciliation needs (no descriptions).</summary>
internal sealed class GetLoggedWork(TicketsDbContext db)
{
    public async Task<LoggedWorkDto> HandleAsync(LoggedWorkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tickets = db.Tickets.AsNoTracking();
        if (request.ClientIds is { } clientIds)
        {
            tickets = tickets.Where(t => clientIds.Contains(t.ClientId));
        }

        var entries = await (
                from e in db.TimeEntries.AsNoTracking()
                join t in tickets on e.TicketId equals t.Id
                where e.Date >= request.From && e.Date <= request.To
                orderby e.Date, t.Number, e.Id
                select new LoggedEntryDto(
                    e.Id, t.Id, t.Number, t.ClientId, t.State, e.Date, e.Minutes, e.Mode, e.Kind, e.RiderId, e.ContractId, e.Warranty, e.Value,
                    e.BilledInBillingId, e.TravelId, e.TravelName, e.TravelValue, e.RideAlongTicketNumber, e.TravelBilledInBillingId))
            .ToListAsync(cancellationToken);
        var extras = await (
                from x in db.Extras.AsNoTracking()
                join t in tickets on x.TicketId equals t.Id
                where x.Date >= request.From && x.Date <= request.To
                orderby x.Date, t.Number, x.Id
                select new LoggedExtraDto(x.Id, t.Id, t.Number, t.ClientId, t.State, x.Date, x.ExpenseName, x.Total, x.BilledInBillingId))
            .ToListAsync(cancellationToken);
        return new LoggedWorkDto(entries, extras);
    }
}
