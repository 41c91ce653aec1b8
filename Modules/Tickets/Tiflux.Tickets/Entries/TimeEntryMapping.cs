using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

internal static class TimeEntryMapping
{
    public static TimeEntryDto ToDto(TimeEntry e) => new(
        e.Id, e.Date, e.Start, e.End, e.Minutes, e.TechnicianId, e.TechnicianName, e.Description, e.Mode, e.Kind, e.RiderId,
        e.ContractId, e.ServiceId, e.SourceName, e.HourRate, e.TravelId, e.TravelName, e.TravelValue, e.RideAlongTicketNumber,
        e.Warranty, e.ManualValue, e.Value, e.Basis, e.BilledInBillingId, e.TravelBilledInBillingId);
}
