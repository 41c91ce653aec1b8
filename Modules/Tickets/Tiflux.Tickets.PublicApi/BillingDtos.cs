using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>Reviewed, not yet billed items of the given clients (null = all) whose ticket was reviewed on or before <see cref="UpTo"/>.</summary>
public sealed record BillableItemsRequest(IReadOnlyCollection<Guid>? ClientIds, DateOnly UpTo);

/// <summary>
/// One billable item. <see cref="Id"/> is the time entry id for <see cref="BillableItemKind.TimeEntry"/> and
/// <see cref="BillableItemKind.Travel"/>, the extra id for <see cref="BillableItemKind.Extra"/>. Warranty items are
/// listed with <see cref="Amount"/> 0 and <see cref="Warranty"/> set.
/// </summary>
public sealed record BillableItemDto(
    BillableItemKind Kind,
    Guid Id,
    Guid ClientId,
    Guid TicketId,
    int TicketNumber,
    string TicketTitle,
    DateOnly Date,
    DateOnly ReviewedOn,
    string Name,
    string Description,
    decimal Quantity,
    decimal UnitValue,
    decimal Amount,
    bool Warranty,
    bool ManualValue,
    AttendanceMode? Mode,
    int? Minutes,
    string? TechnicianName,
    Guid? ResourceGroupId,
    string? ResourceGroupName);

/// <summary>Identifies one billable item to mark or unmark.</summary>
public sealed record BillableItemRefDto(BillableItemKind Kind, Guid Id);

/// <summary>Marks every item as billed in <see cref="BillingId"/>; all or nothing.</summary>
public sealed record MarkBilledRequest(Guid BillingId, IReadOnlyList<BillableItemRefDto> Items);

/// <summary>
/// Contract-valued time entries dated in [<see cref="From"/>, <see cref="To"/>] whose rider is in
/// <see cref="RiderIds"/> or whose contract is in <see cref="ContractIds"/>. Cancelled tickets are excluded.
/// </summary>
public sealed record ContractConsumptionRequest(
    IReadOnlyCollection<Guid>? RiderIds,
    IReadOnlyCollection<Guid>? ContractIds,
    DateOnly From,
    DateOnly To);

/// <summary>One contract-valued time entry.</summary>
public sealed record ConsumptionEntryDto(
    Guid EntryId,
    Guid TicketId,
    int TicketNumber,
    Guid ClientId,
    Guid RiderId,
    Guid? ContractId,
    DateOnly Date,
    AttendanceMode Mode,
    int Minutes,
    bool Warranty,
    bool Reviewed,
    string TechnicianName,
    string Description);

/// <summary>
/// Contract consumption in a period: every entry (warranty included, flagged) plus totals that exclude warranty.
/// <see cref="TicketNumbers"/> lists tickets with at least one non-warranty entry.
/// </summary>
public sealed record ContractConsumptionDto(
    IReadOnlyList<ConsumptionEntryDto> Entries,
    int ExternalMinutes,
    int RemoteMinutes,
    int InternalMinutes,
    IReadOnlyList<int> TicketNumbers)
{
    public int TotalMinutes => ExternalMinutes + RemoteMinutes + InternalMinutes;
}
