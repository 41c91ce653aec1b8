using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>Work dated in [<see cref="From"/>, <see cref="To"/>] on tickets of <see cref="ClientIds"/> (null = every client).</summary>
public sealed record LoggedWorkRequest(IReadOnlyCollection<Guid>? ClientIds, DateOnly From, DateOnly To);

/// <summary>What was logged: every time entry (with its travel) and every extra.</summary>
public sealed record LoggedWorkDto(IReadOnlyList<LoggedEntryDto> Entries, IReadOnlyList<LoggedExtraDto> Extras);

/// <summary>
/// One time entry as stored: its valuation (null <see cref="Kind"/> = not valued), its ticket's state, and the billings its
/// time and its travel are marked billed in.
/// </summary>
public sealed record LoggedEntryDto(
    Guid Id,
    Guid TicketId,
    int TicketNumber,
    Guid ClientId,
    TicketState TicketState,
    DateOnly Date,
    int Minutes,
    AttendanceMode? Mode,
    EntryKind? Kind,
    Guid? RiderId,
    Guid? ContractId,
    bool Warranty,
    decimal? Value,
    Guid? BilledInBillingId,
    Guid? TravelId,
    string? TravelName,
    decimal? TravelValue,
    int? RideAlongTicketNumber,
    Guid? TravelBilledInBillingId);

/// <summary>One extra (gasto extra) as stored, with its ticket's state and the billing it is marked billed in.</summary>
public sealed record LoggedExtraDto(
    Guid Id,
    Guid TicketId,
    int TicketNumber,
    Guid ClientId,
    TicketState TicketState,
    DateOnly Date,
    string ExpenseName,
    decimal Total,
    Guid? BilledInBillingId);
