using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Billing;

/// <summary>
/// What tickets closed but not yet reviewed hold: the items <see cref="GetBillableItems"/> will list once the ticket is
/// reviewed (same selection of standalone time, own travel and extras) plus contract time entries. Two round trips
/// whatever the number of clients.
/// </summary>
internal sealed class GetAwaitingReviewItems(TicketsDbContext db)
{
    public async Task<IReadOnlyList<AwaitingReviewItemDto>> HandleAsync(AwaitingReviewItemsRequest request, CancellationToken cancellationToken)
    {
        var tickets = db.Tickets.AsNoTracking().Where(t => t.State == TicketState.AwaitingReview);
        if (request.ClientIds is { } clientIds)
        {
            tickets = tickets.Where(t => clientIds.Contains(t.ClientId));
        }

        var entries = await (
                from e in db.TimeEntries.AsNoTracking()
                join t in tickets on e.TicketId equals t.Id
                where (e.Kind == EntryKind.Standalone && e.BilledInBillingId == null)
                    || (e.Kind == EntryKind.Contract && e.RiderId != null && e.Mode != null)
                    || (e.TravelId != null && e.RideAlongTicketNumber == null && e.TravelBilledInBillingId == null)
                select new EntryRow(e.Id, t.ClientId, t.Id, t.Number, e.Date, e.Kind, e.BilledInBillingId, e.RiderId, e.Mode != null, e.Minutes, e.Value,
                    e.TravelId, e.RideAlongTicketNumber, e.TravelBilledInBillingId, e.TravelValue, e.Warranty))
            .ToListAsync(cancellationToken);
        var extras = await (
                from x in db.Extras.AsNoTracking()
                join t in tickets on x.TicketId equals t.Id
                where x.BilledInBillingId == null
                select new AwaitingReviewItemDto(AwaitingReviewItemKind.Extra, x.Id, t.ClientId, t.Id, t.Number, x.Date, null, x.Total, false))
            .ToListAsync(cancellationToken);

        return [.. entries.SelectMany(Items).Concat(extras).OrderBy(i => i.ClientId).ThenBy(i => i.TicketNumber).ThenBy(i => i.Date).ThenBy(i => i.Kind)];
    }

    /// <summary>An entry is its time (standalone or contract) and, when it has its own travel, a travel fee.</summary>
    private static IEnumerable<AwaitingReviewItemDto> Items(EntryRow e)
    {
        if (UnbilledWork.HasStandaloneTime(e.Kind, e.BilledInBillingId))
        {
            yield return new(AwaitingReviewItemKind.StandaloneEntry, e.Id, e.ClientId, e.TicketId, e.TicketNumber, e.Date, e.Minutes,
                e.Warranty ? 0m : e.Value ?? 0m, e.Warranty);
        }
        else if (e.Kind == EntryKind.Contract && e.RiderId is not null && e.HasMode)
        {
            yield return new(AwaitingReviewItemKind.ContractEntry, e.Id, e.ClientId, e.TicketId, e.TicketNumber, e.Date, e.Minutes, 0m, e.Warranty);
        }

        if (UnbilledWork.HasOwnTravel(e.TravelId, e.RideAlongTicketNumber, e.TravelBilledInBillingId))
        {
            yield return new(AwaitingReviewItemKind.Travel, e.Id, e.ClientId, e.TicketId, e.TicketNumber, e.Date, null,
                e.Warranty ? 0m : e.TravelValue ?? 0m, e.Warranty);
        }
    }

    private sealed record EntryRow(
        Guid Id, Guid ClientId, Guid TicketId, int TicketNumber, DateOnly Date, EntryKind? Kind, Guid? BilledInBillingId, Guid? RiderId, bool HasMode,
        int Minutes, decimal? Value, Guid? TravelId, int? RideAlongTicketNumber, Guid? TravelBilledInBillingId, decimal? TravelValue, bool Warranty);
}
