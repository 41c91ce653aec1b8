using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Billing;

internal sealed class GetBillableItems(TicketsDbContext db)
{
    public async Task<IReadOnlyList<BillableItemDto>> HandleAsync(BillableItemsRequest request, CancellationToken cancellationToken)
    {
        var tickets = db.Tickets.AsNoTracking()
            .Where(t => t.State == TicketState.Reviewed && t.ReviewedOn <= request.UpTo);
        if (request.ClientIds is { } clientIds)
        {
            tickets = tickets.Where(t => clientIds.Contains(t.ClientId));
        }

        // Only the columns an item needs: whole entities would drag every ticket's description (up to 20,000 characters)
        // and every entry's unused columns through for each of hundreds of thousands of rows.
        var entries = await (
                from e in db.TimeEntries.AsNoTracking()
                join t in tickets on e.TicketId equals t.Id
                where (e.Kind == EntryKind.Standalone && e.BilledInBillingId == null)
                    || (e.TravelId != null && e.RideAlongTicketNumber == null && e.TravelBilledInBillingId == null)
                select new
                {
                    Entry = new EntryRow(e.Id, e.Kind, e.BilledInBillingId, e.TravelId, e.RideAlongTicketNumber, e.TravelBilledInBillingId, e.Date,
                        e.SourceName, e.Description, e.Minutes, e.HourRate, e.Warranty, e.Value, e.ManualValue, e.Mode, e.TechnicianName, e.TravelName,
                        e.TravelValue),
                    Ticket = new TicketRow(t.Id, t.ClientId, t.Number, t.Title, t.ReviewedOn, t.ResourceGroupId, t.ResourceGroupName),
                })
            .ToListAsync(cancellationToken);
        var extras = await (
                from x in db.Extras.AsNoTracking()
                join t in tickets on x.TicketId equals t.Id
                where x.BilledInBillingId == null
                select new
                {
                    Extra = new ExtraRow(x.Id, x.Date, x.ExpenseName, x.Description, x.Quantity, x.UnitValue, x.Total),
                    Ticket = new TicketRow(t.Id, t.ClientId, t.Number, t.Title, t.ReviewedOn, t.ResourceGroupId, t.ResourceGroupName),
                })
            .ToListAsync(cancellationToken);

        var items = new List<BillableItemDto>();
        foreach (var row in entries)
        {
            items.AddRange(EntryItems(row.Entry, row.Ticket));
        }

        items.AddRange(extras.Select(row => ExtraItem(row.Extra, row.Ticket)));
        return [.. items.OrderBy(i => i.ClientId).ThenBy(i => i.TicketNumber).ThenBy(i => i.Date).ThenBy(i => i.Kind)];
    }

    /// <summary>An entry bills its time (standalone, not yet billed) and its travel (own travel, not a ride-along, not yet billed).</summary>
    private static IEnumerable<BillableItemDto> EntryItems(EntryRow e, TicketRow t)
    {
        if (UnbilledWork.HasStandaloneTime(e.Kind, e.BilledInBillingId))
        {
            yield return new BillableItemDto(
                BillableItemKind.TimeEntry, e.Id, t.ClientId, t.Id, t.Number, t.Title, e.Date, t.ReviewedOn!.Value,
                e.SourceName ?? "Serviço avulso", e.Description, e.Minutes / 60m, e.HourRate ?? 0m,
                e.Warranty ? 0m : e.Value ?? 0m, e.Warranty, e.ManualValue, e.Mode, e.Minutes, e.TechnicianName,
                t.ResourceGroupId, t.ResourceGroupName);
        }

        if (UnbilledWork.HasOwnTravel(e.TravelId, e.RideAlongTicketNumber, e.TravelBilledInBillingId))
        {
            var value = e.Warranty ? 0m : e.TravelValue ?? 0m;
            yield return new BillableItemDto(
                BillableItemKind.Travel, e.Id, t.ClientId, t.Id, t.Number, t.Title, e.Date, t.ReviewedOn!.Value,
                e.TravelName ?? "Deslocamento", e.Description, 1m, value, value, e.Warranty, false, e.Mode, null,
                e.TechnicianName, t.ResourceGroupId, t.ResourceGroupName);
        }
    }

    private static BillableItemDto ExtraItem(ExtraRow x, TicketRow t) => new(
        BillableItemKind.Extra, x.Id, t.ClientId, t.Id, t.Number, t.Title,
        x.Date, t.ReviewedOn!.Value, x.ExpenseName, x.Description, x.Quantity,
        x.UnitValue, x.Total, false, false, null, null, null, t.ResourceGroupId,
        t.ResourceGroupName);

    private sealed record TicketRow(Guid Id, Guid ClientId, int Number, string Title, DateOnly? ReviewedOn, Guid? ResourceGroupId, string? ResourceGroupName);

    private sealed record EntryRow(
        Guid Id, EntryKind? Kind, Guid? BilledInBillingId, Guid? TravelId, int? RideAlongTicketNumber, Guid? TravelBilledInBillingId, DateOnly Date,
        string? SourceName, string Description, int Minutes, decimal? HourRate, bool Warranty, decimal? Value, bool ManualValue, AttendanceMode? Mode,
        string TechnicianName, string? TravelName, decimal? TravelValue);

    private sealed record ExtraRow(Guid Id, DateOnly Date, string ExpenseName, string Description, decimal Quantity, decimal UnitValue, decimal Total);
}
