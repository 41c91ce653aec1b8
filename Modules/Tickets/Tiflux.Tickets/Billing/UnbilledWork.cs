using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Billing;

/// <summary>
/// Which parts of a time entry are still to be billed by Billing's standalone lines: its time when it is standalone and
/// unbilled, its travel when it is the entry's own (not a ride-along) and unbilled. One rule for the billable items of
/// reviewed tickets and for what awaits review; the queries' SQL filters select the same rows.
/// </summary>
internal static class UnbilledWork
{
    public static bool HasStandaloneTime(EntryKind? kind, Guid? billedInBillingId) =>
        kind == EntryKind.Standalone && billedInBillingId is null;

    public static bool HasOwnTravel(Guid? travelId, int? rideAlongTicketNumber, Guid? travelBilledInBillingId) =>
        travelId is not null && rideAlongTicketNumber is null && travelBilledInBillingId is null;
}
