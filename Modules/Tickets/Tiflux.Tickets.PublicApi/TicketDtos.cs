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

    public Guid? RequestorId { get; init; }

    public DateTimeOffset? LastAnswerAt { get; init; }

    public TicketAuthorization Authorization { get; init; }

    public IReadOnlyList<string> Followers { get; init; } = [];

    public TicketOrigin Origin { get; init; } = TicketOrigin.Web;

    /// <summary>Whether the client (true) or staff (false) wrote the last answer; null before the first.</summary>
    public bool? LastAnswerByClient { get; init; }

    public TicketSlaDto Sla { get; init; } = TicketSlaDto.None;

    /// <summary>The service catalog item the ticket carries, or null.</summary>
    public CatalogItemRefDto? ServicesCatalogItem { get; init; }

    /// <summary>Checklist fields filled out of all (stored on the ticket, not computed per row).</summary>
    public ChecklistProgressDto ChecklistProgress { get; init; } = new(0, 0, false);
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

    /// <summary>The registered requestor, when the ticket has one (the name and e-mail above are its copy).</summary>
    public Guid? RequestorId { get; init; }

    public string? RequesterTelephone { get; init; }

    public string? RequesterExtension { get; init; }

    /// <summary>Lower-cased e-mails that receive the ticket's public communication.</summary>
    public IReadOnlyList<string> Followers { get; init; } = [];

    public TicketReferenceDto? Parent { get; init; }

    public IReadOnlyList<TicketReferenceDto> Children { get; init; } = [];

    /// <summary>The reason given for the last priority change.</summary>
    public string? PriorityChangeReason { get; init; }

    public TicketOrigin Origin { get; init; } = TicketOrigin.Web;

    public Guid? CreatedByUserId { get; init; }

    public string? CreatedByName { get; init; }

    /// <summary>When the last answer was posted, and whether the client (true) or staff (false) wrote it.</summary>
    public DateTimeOffset? LastAnswerAt { get; init; }

    public bool? LastAnswerByClient { get; init; }

    /// <summary>Whether the ticket waits for, got or was refused the client's authorization (service-desk.md §3.5).</summary>
    public TicketAuthorization Authorization { get; init; }

    /// <summary>Who authorised or refused it, when, and the refusal's reason.</summary>
    public string? AuthorizationDecidedBy { get; init; }

    public DateTimeOffset? AuthorizationDecidedAt { get; init; }

    public string? AuthorizationDenialReason { get; init; }

    public TicketSlaDto Sla { get; init; } = TicketSlaDto.None;

    /// <summary>The service catalog item the ticket carries (it may have been deactivated since), or null.</summary>
    public CatalogItemRefDto? ServicesCatalogItem { get; init; }

    /// <summary>Checklist fields filled out of all, and whether a required one is unfilled.</summary>
    public ChecklistProgressDto ChecklistProgress { get; init; } = new(0, 0, false);
}

/// <summary>
/// One recorded change of a ticket: <see cref="What"/> is the pt-BR sentence shown on the page; the rest is the same
/// change in parts (area, operation, the record it is about, field by field old → new). Rows are never changed.
/// </summary>
public sealed record TicketHistoryDto(DateTimeOffset At, string UserName, string What)
{
    public Guid Id { get; init; }

    /// <summary>Null for automatic actions (auto-review, jobs).</summary>
    public Guid? UserId { get; init; }

    public HistoryArea Area { get; init; } = HistoryArea.Ticket;

    public HistoryOperation Operation { get; init; } = HistoryOperation.Updated;

    /// <summary>A short English action name, as Tiflux's <c>action</c> ("Ticket was updated").</summary>
    public string Action { get; init; } = "";

    /// <summary>The time entry, answer, note, file or extra the row is about.</summary>
    public Guid? SubjectId { get; init; }

    public IReadOnlyList<FieldChangeDto> Changes { get; init; } = [];
}

/// <summary>How a ticket was opened (Tiflux's <c>created_by_way_of</c>).</summary>
public enum TicketOrigin
{
    Web = 1,
    Api = 2,
    ClientPortal = 3,
    Email = 4,
}

/// <summary>A parent or child ticket, as the ticket page and Tiflux's <c>ticket_reference</c> show it.</summary>
public sealed record TicketReferenceDto(int Number, string Title, Guid DeskId, Guid StageId, Guid StatusId, Guid? ResponsibleUserId, TicketState State);

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

    public Guid? RequestorId { get; init; }

    /// <summary>Instants bounding the creation time, or the closing time when <see cref="ByClosingTime"/>.</summary>
    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public bool ByClosingTime { get; init; }

    /// <summary>Only tickets whose requester or one of whose followers is this e-mail (the portal's "my tickets").</summary>
    public string? Participant { get; init; }

    /// <summary>
    /// Only tickets in this authorization state. Null = every state but <see cref="TicketAuthorization.Pending"/>:
    /// a ticket waiting for the client's authorization is not in the desk's queue yet.
    /// </summary>
    public TicketAuthorization? Authorization { get; init; }

    /// <summary>
    /// Open, unpaused tickets with a measured SLA whose solution deadline is at or before this instant, late ones
    /// included (Tiflux's <c>sla_expiring_before</c>).
    /// </summary>
    public DateTimeOffset? SlaExpiringBefore { get; init; }

    /// <summary>Earliest solution deadline first (tickets without one last), instead of newest number first.</summary>
    public bool OrderBySlaDeadline { get; init; }

    /// <summary>Only tickets carrying one of these service catalog items.</summary>
    public IReadOnlyCollection<Guid>? ServicesCatalogItemIds { get; init; }
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
    Guid? ResourceId)
{
    /// <summary>A registered requestor of the client; when set, the requester's name, e-mail and phone are copied from it.</summary>
    public Guid? RequestorId { get; init; }

    public string? RequesterTelephone { get; init; }

    public string? RequesterExtension { get; init; }

    public IReadOnlyList<string>? Followers { get; init; }

    /// <summary>The parent ticket's number (same client; the parent cannot itself be a child).</summary>
    public int? ParentNumber { get; init; }

    public TicketOrigin Origin { get; init; } = TicketOrigin.Web;

    public IReadOnlyList<AttachmentUploadDto>? Files { get; init; }

    /// <summary>
    /// The e-mails of the client's authorisers when the ticket must wait for their authorization (the client has the
    /// flow on and the opener is not an authoriser — the portal decides that); empty = no authorization needed. They are
    /// e-mailed, and the ticket stays out of the desk's queue until one of them decides.
    /// </summary>
    public IReadOnlyList<string> Authorizers { get; init; } = [];

    /// <summary>The service catalog item: one selectable in the desk; required when the desk requires it to open.</summary>
    public Guid? ServicesCatalogItemId { get; init; }
}

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
    Guid? ResourceId)
{
    /// <summary>
    /// Another desk: a transfer. <see cref="StageId"/>, <see cref="StatusId"/> and <see cref="PriorityId"/> are then the
    /// new desk's; entries already logged keep their valuation, new ones follow the new desk.
    /// </summary>
    public Guid? DeskId { get; init; }

    public Guid? RequestorId { get; init; }

    public string? RequesterTelephone { get; init; }

    public string? RequesterExtension { get; init; }

    /// <summary>The whole follower list (replaces it); null leaves it unchanged.</summary>
    public IReadOnlyList<string>? Followers { get; init; }

    /// <summary>Whether <see cref="ParentNumber"/> is to be applied (null parent = unlink).</summary>
    public bool ChangeParent { get; init; }

    public int? ParentNumber { get; init; }

    /// <summary>Required when the priority changes, except on a desk transfer.</summary>
    public string? PriorityChangeReason { get; init; }

    /// <summary>Whether <see cref="ServicesCatalogItemId"/> is to be applied (null item = remove it); otherwise the item stays.</summary>
    public bool ChangeServicesCatalogItem { get; init; }

    /// <summary>The new service catalog item (one selectable in the ticket's — or the target — desk), or null to remove it.</summary>
    public Guid? ServicesCatalogItemId { get; init; }
}

/// <summary>A review decision: approve (optional rating 1–5) or reject (mandatory reason).</summary>
/// <summary>Ratings given at review: how many, and their average rounded half away from zero to one decimal (null when none).</summary>
public sealed record TicketRatingSummary(int Rated, decimal? Average);

/// <summary>A client authoriser's decision on a ticket waiting for authorization; a refusal needs a reason.</summary>
public sealed record TicketAuthorizationDecision(int Number, bool Approve, string? Reason);

public sealed record ReviewTicketRequest(int Number, bool Approve, ReviewerRole Role, int? Rating, string? Comment);
