using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

/// <summary>The outcome of valuing a time entry: what it is charged against and its value.</summary>
internal sealed record EntryValuation(
    AttendanceMode? Mode,
    EntryKind? Kind,
    Guid? RiderId,
    Guid? ContractId,
    Guid? ServiceId,
    string? SourceName,
    decimal? HourRate,
    Guid? TravelId,
    string? TravelName,
    decimal? TravelValue,
    int? RideAlongTicketNumber,
    bool Warranty,
    bool ManualValue,
    decimal? Value,
    ValuationBasis Basis)
{
    public static readonly EntryValuation None = new(
        null, null, null, null, null, null, null, null, null, null, null, false, false, null, ValuationBasis.NotValued);
}
