namespace Tiflux.Tickets.PublicApi;

/// <summary>
/// Extras dated from <paramref name="From"/> to <paramref name="To"/> (inclusive). Null lists mean "all"; an empty list
/// matches nothing. <paramref name="Billed"/>: true only billed, false only not yet billed, null both.
/// </summary>
public sealed record ExtraListRequest(
    DateOnly From,
    DateOnly To,
    IReadOnlyCollection<Guid>? ClientIds = null,
    IReadOnlyCollection<Guid>? ExtraExpenseIds = null,
    IReadOnlyCollection<Guid>? DeskIds = null,
    int? TicketNumber = null,
    bool? Billed = null);

/// <summary>One extra (gasto extra) with its ticket and client; the author is the user who recorded it.</summary>
public sealed record ExtraListItemDto(
    Guid Id,
    DateOnly Date,
    Guid TicketId,
    int TicketNumber,
    string TicketTitle,
    Guid ClientId,
    string ClientName,
    Guid DeskId,
    Guid ExtraExpenseId,
    string ExpenseName,
    string Description,
    decimal Quantity,
    decimal UnitValue,
    decimal Total,
    Guid AuthorId,
    Guid? BilledInBillingId);

/// <summary>The rows of an extras list; <paramref name="Truncated"/> when the period held more than the limit.</summary>
public sealed record ExtraList(IReadOnlyList<ExtraListItemDto> Items, bool Truncated);

/// <summary>The time entries of a report; <paramref name="Truncated"/> when more matched than the limit.</summary>
public sealed record TimeEntryReportList(IReadOnlyList<TimeEntryListItemDto> Items, bool Truncated);
