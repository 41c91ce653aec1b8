namespace Tiflux.Tickets.PublicApi;

/// <summary>Who performs an action (for the history and for time entries).</summary>
/// <summary>
/// Who acts. <paramref name="MayHandleMoney"/>: the "visualizar valores" permission; without it no value can be set
/// (the Tickets module refuses it, whichever door the request came through).
/// </summary>
public sealed record ActorDto(Guid UserId, string Name, bool MayHandleMoney = false);

/// <summary>One line of a ticket list.</summary>
public sealed record TicketSummary(
    Guid Id,
    int Number,
    string Title,
    Guid ClientId,
    string ClientName,
    Guid DeskId,
    string DeskName,
    string StageName,
    string StatusName,
    string PriorityName,
    TicketState State,
    string? ResponsibleName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? ReviewedAt,
    bool HasBilledItems)
{
    public Guid StageId { get; init; }

    public Guid StatusId { get; init; }

    public Guid PriorityId { get; init; }

    public Guid? ResponsibleUserId { get; init; }

    public string RequesterName { get; init; } = "";

    public string? RequesterEmail { get; init; }

    public int ReopenCount { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A ticket with everything its page shows.</summary>
public sealed record TicketDto(
    Guid Id,
    int Number,
    string Title,
    string Description,
    Guid ClientId,
    string ClientName,
    DeskDto Desk,
    Guid StageId,
    Guid StatusId,
    Guid PriorityId,
    TicketState State,
    Guid? ResponsibleUserId,
    string? ResponsibleName,
    string RequesterName,
    string? RequesterEmail,
    Guid? ResourceId,
    string? ResourceName,
    Guid? ResourceGroupId,
    string? ResourceGroupName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? ReviewDueAt,
    DateTimeOffset? ReviewedAt,
    bool AutoReviewed,
    int? Rating,
    string? ReviewComment,
    string? DisapprovalReason,
    bool HasBilledItems,
    IReadOnlyList<TimeEntryDto> Entries,
    IReadOnlyList<RunningTimerDto> RunningTimers,
    IReadOnlyList<ExtraValuationDto> Extras,
    IReadOnlyList<TicketHistoryDto> History)
{
    public int ReopenCount { get; init; }
}

/// <summary>One recorded change of a ticket.</summary>
public sealed record TicketHistoryDto(DateTimeOffset At, string UserName, string What);

/// <summary>A running timer (pré-apontamento).</summary>
public sealed record RunningTimerDto(Guid Id, Guid TechnicianId, string TechnicianName, DateTimeOffset StartedAt);

/// <summary>Ticket list filters; null means "any". Dates filter the creation date (inclusive).</summary>
public sealed record TicketListRequest(
    Guid? ClientId = null,
    Guid? DeskId = null,
    Guid? StatusId = null,
    Guid? StageId = null,
    TicketState? State = null,
    Guid? TechnicianId = null,
    bool? Reviewed = null,
    bool? Billed = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Text = null,
    int Page = 1,
    int PageSize = 25)
{
    /// <summary>Any of these desks (with <see cref="DeskId"/>, both apply).</summary>
    public IReadOnlyCollection<Guid>? DeskIds { get; init; }

    public IReadOnlyCollection<Guid>? ClientIds { get; init; }

    public IReadOnlyCollection<Guid>? StageIds { get; init; }

    public IReadOnlyCollection<Guid>? PriorityIds { get; init; }

    public IReadOnlyCollection<Guid>? ResponsibleIds { get; init; }

    public IReadOnlyCollection<TicketState>? States { get; init; }

    public string? RequesterEmail { get; init; }

    /// <summary>Instants bounding the creation time, or the closing time when <see cref="ByClosingTime"/>.</summary>
    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public bool ByClosingTime { get; init; }
}

/// <summary>
/// Time entries across tickets: dated in [<see cref="From"/>, <see cref="To"/>] (either may be open), by technicians,
/// desks, clients, contracts or one ticket; null lists mean any. Ordered by date, start time.
/// </summary>
public sealed record TimeEntryListRequest(
    DateOnly? From,
    DateOnly? To,
    IReadOnlyCollection<Guid>? TechnicianIds = null,
    IReadOnlyCollection<Guid>? DeskIds = null,
    IReadOnlyCollection<Guid>? ClientIds = null,
    IReadOnlyCollection<Guid>? ContractIds = null,
    int? TicketNumber = null,
    int Page = 1,
    int PageSize = 20);

/// <summary>A time entry with the ticket, client and desk it belongs to.</summary>
public sealed record TimeEntryListItemDto(
    TimeEntryDto Entry,
    int TicketNumber,
    string TicketTitle,
    Guid ClientId,
    string ClientName,
    Guid DeskId,
    string DeskName);

/// <summary>Opens a ticket. The resource, when given, must belong to the client; its group is copied.</summary>
public sealed record CreateTicketRequest(
    string Title,
    string Description,
    Guid ClientId,
    Guid DeskId,
    Guid? PriorityId,
    Guid? ResponsibleUserId,
    string? ResponsibleName,
    string RequesterName,
    string? RequesterEmail,
    Guid? ResourceId);

/// <summary>Changes a ticket's data (not its state).</summary>
public sealed record UpdateTicketRequest(
    int Number,
    string Title,
    string Description,
    Guid StageId,
    Guid StatusId,
    Guid PriorityId,
    Guid? ResponsibleUserId,
    string? ResponsibleName,
    string RequesterName,
    string? RequesterEmail,
    Guid? ResourceId);

/// <summary>A review decision: approve (optional rating 1–5) or reject (mandatory reason).</summary>
public sealed record ReviewTicketRequest(int Number, bool Approve, ReviewerRole Role, int? Rating, string? Comment);
