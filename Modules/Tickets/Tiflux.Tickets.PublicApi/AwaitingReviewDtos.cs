namespace Tiflux.Tickets.PublicApi;

/// <summary>Items on tickets closed and awaiting review, of the given clients (null = every client).</summary>
public sealed record AwaitingReviewItemsRequest(IReadOnlyCollection<Guid>? ClientIds);

/// <summary>What an item awaiting review is: the three standalone kinds billing lists once reviewed, or contract time.</summary>
public enum AwaitingReviewItemKind
{
    /// <summary>A standalone time entry (hours × rate, or a manual value).</summary>
    StandaloneEntry = 1,

    /// <summary>A travel fee that is not a ride-along.</summary>
    Travel = 2,

    /// <summary>An extra expense.</summary>
    Extra = 3,

    /// <summary>A contract-valued time entry: consumption of its rider, never priced on its own.</summary>
    ContractEntry = 4,
}

/// <summary>
/// One not yet billed item on a ticket awaiting review. <see cref="Value"/> is the valuation stored with the item (0 for
/// contract entries, which are consumption, and for warranty items); <see cref="Minutes"/> is set for time entries.
/// </summary>
public sealed record AwaitingReviewItemDto(
    AwaitingReviewItemKind Kind,
    Guid Id,
    Guid ClientId,
    Guid TicketId,
    int TicketNumber,
    DateOnly Date,
    int? Minutes,
    decimal Value,
    bool Warranty);
