using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>A time entry (apontamento) with its valuation.</summary>
public sealed record TimeEntryDto(
    Guid Id,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    int Minutes,
    Guid TechnicianId,
    string TechnicianName,
    string Description,
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
    ValuationBasis Basis,
    Guid? BilledInBillingId,
    Guid? TravelBilledInBillingId)
{
    public bool IsLocked => BilledInBillingId is not null || TravelBilledInBillingId is not null;
}

/// <summary>
/// Adds (<see cref="EntryId"/> null) or edits a time entry. Valuation fields are required on desks with valuation and
/// ignored otherwise. <see cref="FromTimerId"/> turns a running timer into this entry.
/// </summary>
public sealed record SaveTimeEntryRequest(
    int TicketNumber,
    Guid? EntryId,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    Guid TechnicianId,
    string TechnicianName,
    string Description,
    AttendanceMode? Mode = null,
    EntryKind? Kind = null,
    Guid? RiderId = null,
    Guid? ServiceId = null,
    Guid? TravelId = null,
    int? RideAlongTicketNumber = null,
    bool Warranty = false,
    bool ManualValue = false,
    decimal? Value = null,
    Guid? FromTimerId = null);

/// <summary>One choice for the time-entry form.</summary>
public sealed record EntryChoiceDto(Guid Id, string Name, decimal? Value);

/// <summary>Riders, services and travels valid for a ticket's client on a date, plus open tickets that charged travel.</summary>
public sealed record EntryOptionsDto(
    IReadOnlyList<EntryChoiceDto> Riders,
    IReadOnlyList<EntryChoiceDto> Services,
    IReadOnlyList<EntryChoiceDto> Travels,
    IReadOnlyList<int> RideAlongTickets);

/// <summary>An extra valuation (valorização extra) on a ticket.</summary>
public sealed record ExtraValuationDto(
    Guid Id,
    Guid ExtraExpenseId,
    string ExpenseName,
    DateOnly Date,
    decimal Quantity,
    decimal UnitValue,
    decimal Total,
    string Description,
    Guid? AttachmentId,
    string? AttachmentName,
    Guid? BilledInBillingId);

/// <summary>A file attached to an extra valuation.</summary>
public sealed record AttachmentUploadDto(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Adds (<see cref="ExtraId"/> null) or edits an extra. <see cref="UnitValue"/> null copies the catalog's unit value.
/// </summary>
public sealed record SaveExtraRequest(
    int TicketNumber,
    Guid? ExtraId,
    Guid ExtraExpenseId,
    DateOnly Date,
    decimal Quantity,
    decimal? UnitValue,
    string Description,
    AttachmentUploadDto? Attachment);

/// <summary>A stored attachment's content.</summary>
public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, byte[] Content, int TicketNumber);
