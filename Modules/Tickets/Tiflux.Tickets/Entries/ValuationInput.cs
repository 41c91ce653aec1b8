using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

internal sealed record ValuationInput(
    DateOnly Date,
    int Minutes,
    AttendanceMode? Mode,
    EntryKind? Kind,
    Guid? RiderId,
    Guid? ServiceId,
    Guid? TravelId,
    int? RideAlongTicketNumber,
    bool Warranty,
    bool ManualValue,
    decimal? Value)
{
    public static ValuationInput From(SaveTimeEntryRequest r, int minutes) => new(
        r.Date, minutes, r.Mode, r.Kind, r.RiderId, r.ServiceId, r.TravelId, r.RideAlongTicketNumber, r.Warranty, r.ManualValue, r.Value);
}
