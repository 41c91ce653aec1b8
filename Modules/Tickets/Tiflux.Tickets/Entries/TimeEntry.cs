using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

internal sealed class TimeEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TicketId { get; init; }

    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public int Minutes { get; set; }

    public Guid TechnicianId { get; set; }

    public string TechnicianName { get; set; } = "";

    public string Description { get; set; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public AttendanceMode? Mode { get; set; }

    public EntryKind? Kind { get; set; }

    public Guid? RiderId { get; set; }

    public Guid? ContractId { get; set; }

    public Guid? ServiceId { get; set; }

    public string? SourceName { get; set; }

    public decimal? HourRate { get; set; }

    public Guid? TravelId { get; set; }

    public string? TravelName { get; set; }

    public decimal? TravelValue { get; set; }

    public int? RideAlongTicketNumber { get; set; }

    public bool Warranty { get; set; }

    public bool ManualValue { get; set; }

    public decimal? Value { get; set; }

    public ValuationBasis Basis { get; set; }

    public Guid? BilledInBillingId { get; set; }

    public Guid? TravelBilledInBillingId { get; set; }

    public bool IsLocked => BilledInBillingId is not null || TravelBilledInBillingId is not null;

    public void Apply(EntryValuation valuation)
    {
        Mode = valuation.Mode;
        Kind = valuation.Kind;
        RiderId = valuation.RiderId;
        ContractId = valuation.ContractId;
        ServiceId = valuation.ServiceId;
        SourceName = valuation.SourceName;
        HourRate = valuation.HourRate;
        TravelId = valuation.TravelId;
        TravelName = valuation.TravelName;
        TravelValue = valuation.TravelValue;
        RideAlongTicketNumber = valuation.RideAlongTicketNumber;
        Warranty = valuation.Warranty;
        ManualValue = valuation.ManualValue;
        Value = valuation.Value;
        Basis = valuation.Basis;
    }
}
