using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Billing;

internal sealed class BillableItemsQuery(TicketsDbContext db)
{
    public async Task<IReadOnlyList<BillableItemDto>> HandleAsync(BillableItemsRequest request, CancellationToken cancellationToken)
    {
        var tickets = db.Tickets.AsNoTracking()
            .Where(t => t.State == TicketState.Reviewed && t.ReviewedOn <= request.UpTo);
        if (request.ClientIds is { } clientIds)
        {
            tickets = tickets.Where(t => clientIds.Contains(t.ClientId));
        }

        var entries = await (
                from e in db.TimeEntries.AsNoTracking()
                join t in tickets on e.TicketId equals t.Id
                where (e.Kind == EntryKind.Standalone && e.BilledInBillingId == null)
                    || (e.TravelId != null && e.RideAlongTicketNumber == null && e.TravelBilledInBillingId == null)
                select new { Entry = e, Ticket = t })
            .ToListAsync(cancellationToken);
        var extras = await (
                from x in db.Extras.AsNoTracking()
                join t in tickets on x.TicketId equals t.Id
                where x.BilledInBillingId == null
                select new { Extra = x, Ticket = t })
            .ToListAsync(cancellationToken);

        var items = new List<BillableItemDto>();
        foreach (var row in entries)
        {
            var (e, t) = (row.Entry, row.Ticket);
            if (e.Kind == EntryKind.Standalone && e.BilledInBillingId is null)
            {
                items.Add(new BillableItemDto(
                    BillableItemKind.TimeEntry, e.Id, t.ClientId, t.Id, t.Number, t.Title, e.Date, t.ReviewedOn!.Value,
                    e.SourceName ?? "Serviço avulso", e.Description, e.Minutes / 60m, e.HourRate ?? 0m,
                    e.Warranty ? 0m : e.Value ?? 0m, e.Warranty, e.ManualValue, e.Mode, e.Minutes, e.TechnicianName,
                    t.ResourceGroupId, t.ResourceGroupName));
            }

            if (e.TravelId is not null && e.RideAlongTicketNumber is null && e.TravelBilledInBillingId is null)
            {
                var value = e.Warranty ? 0m : e.TravelValue ?? 0m;
                items.Add(new BillableItemDto(
                    BillableItemKind.Travel, e.Id, t.ClientId, t.Id, t.Number, t.Title, e.Date, t.ReviewedOn!.Value,
                    e.TravelName ?? "Deslocamento", e.Description, 1m, value, value, e.Warranty, false, e.Mode, null,
                    e.TechnicianName, t.ResourceGroupId, t.ResourceGroupName));
            }
        }

        items.AddRange(extras.Select(row => new BillableItemDto(
            BillableItemKind.Extra, row.Extra.Id, row.Ticket.ClientId, row.Ticket.Id, row.Ticket.Number, row.Ticket.Title,
            row.Extra.Date, row.Ticket.ReviewedOn!.Value, row.Extra.ExpenseName, row.Extra.Description, row.Extra.Quantity,
            row.Extra.UnitValue, row.Extra.Total, false, false, null, null, null, row.Ticket.ResourceGroupId,
            row.Ticket.ResourceGroupName)));
        return [.. items.OrderBy(i => i.ClientId).ThenBy(i => i.TicketNumber).ThenBy(i => i.Date).ThenBy(i => i.Kind)];
    }
}
