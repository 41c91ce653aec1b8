namespace Tiflux.Tickets.PublicApi;

/// <summary>
/// Time entries dated from <paramref name="From"/> to <paramref name="To"/> (inclusive) for the attendant reports. Null
/// lists mean "all"; an empty list matches nothing. <paramref name="TravelOnly"/> keeps entries with a travel fee or a
/// ride-along (carona).
/// </summary>
public sealed record EntryReportRequest(
    DateOnly From,
    DateOnly To,
    IReadOnlyCollection<Guid>? TechnicianIds = null,
    IReadOnlyCollection<Guid>? ClientIds = null,
    IReadOnlyCollection<Guid>? DeskIds = null,
    bool TravelOnly = false);

/// <summary>A time entry with its ticket (number, title, state), client and desk.</summary>
public sealed record EntryReportItemDto(
    TimeEntryDto Entry,
    int TicketNumber,
    string TicketTitle,
    TicketState TicketState,
    Guid ClientId,
    string ClientName,
    Guid DeskId,
    string DeskName);

/// <summary>The rows of a period; <paramref name="Truncated"/> when it held more than <see cref="TicketLimits.ReportRows"/>.</summary>
public sealed record EntryReport(IReadOnlyList<EntryReportItemDto> Items, bool Truncated);
