namespace Tiflux.Tickets.PublicApi;

/// <summary>How a desk records work: no time entries, entries with valuation, or entries without valuation.</summary>
public enum DeskValuationMode
{
    WithoutEntries = 1,
    WithValuation = 2,
    WithoutValuation = 3,
}

/// <summary>Who may review a closed ticket of a desk.</summary>
public enum ReviewerKind
{
    RequesterOnly = 1,
    PermissionedUsers = 2,
    Both = 3,
}

/// <summary>Who is reviewing: the requester (portal) or an internal user with the review permission.</summary>
public enum ReviewerRole
{
    Requester = 1,
    PermissionedUser = 2,
}

/// <summary>The kind of a desk status; a ticket's state selects which statuses apply.</summary>
public enum StatusKind
{
    Open = 1,
    Closed = 2,
    Cancelled = 3,
}

/// <summary>Lifecycle of a ticket as it touches billing. Only <see cref="Reviewed"/> tickets feed billing.</summary>
public enum TicketState
{
    Open = 1,
    AwaitingReview = 2,
    Reviewed = 3,
    Cancelled = 4,
}

/// <summary>Whether a time entry consumes a contract rider or is billed as a standalone service.</summary>
public enum EntryKind
{
    Contract = 1,
    Standalone = 2,
}

/// <summary>How the value of a time entry was obtained.</summary>
public enum ValuationBasis
{
    /// <summary>The desk does not value entries.</summary>
    NotValued = 0,

    /// <summary>Contract entry: billed by the contract's own rules (hours or credit), no line value.</summary>
    ConsumesContract = 1,

    /// <summary>Standalone service hourly rate × minutes.</summary>
    RateTimesTime = 2,

    /// <summary>Typed by the user (standalone only).</summary>
    Manual = 3,

    /// <summary>Warranty: value forced to zero, never billed.</summary>
    Warranty = 4,
}

/// <summary>What a billable item is.</summary>
public enum BillableItemKind
{
    /// <summary>A standalone time entry (its value).</summary>
    TimeEntry = 1,

    /// <summary>The travel fee charged on a time entry (not a ride-along).</summary>
    Travel = 2,

    /// <summary>An extra valuation (gasto extra).</summary>
    Extra = 3,
}

/// <summary>
/// The client's authorization of a new ticket (service-desk.md §3.5). <see cref="Pending"/> tickets are out of the
/// desk's queue and their SLA has not started; <see cref="Denied"/> ones are cancelled and never billable.
/// </summary>
public enum TicketAuthorization
{
    NotRequired = 0,
    Pending = 1,
    Authorized = 2,
    Denied = 3,
}
