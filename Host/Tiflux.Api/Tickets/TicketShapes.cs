using System.Text.Json.Serialization;
using Tiflux.Api.Contracts;

namespace Tiflux.Api.Tickets;

internal sealed record TicketRequestor(int? Id, string? Email, string Name, int? Ramal, string? Telephone);

/// <summary>SLA fields of a list row (api-v2.md §3.5, service-desk.md §6.1); built by <see cref="TicketSlaShape"/>.</summary>
internal record SlaInfo(
    string? AttendExpiration,
    bool AttendSla,
    bool AttendSlaSolution,
    string? SolveExpiration,
    string? SolvedInTime,
    string? StageExpiration,
    bool Stopped);

/// <summary>The detail's SLA fields: the list's plus why the SLA was switched off (null while it is on).</summary>
internal sealed record SlaDetailInfo : SlaInfo
{
    public SlaDetailInfo(SlaInfo info, string? desactivateSlaReason)
        : base(info) => DesactivateSlaReason = desactivateSlaReason;

    public string? DesactivateSlaReason { get; }
}

/// <summary>A row of GET /tickets.</summary>
internal sealed record TicketListItem(
    int TicketNumber,
    IdName Client,
    string CreatedAt,
    int? CreatedById,
    string CreatedByWayOf,
    IdName Desk,
    string? Followers,
    bool IsClosed,
    bool IsRevised,
    string? LastAnswerType,
    IdName? Priority,
    int ReopenCount,
    TicketRequestor Requestor,
    IdName? Responsible,
    object? ServicesCatalog,
    SlaInfo SlaInfo,
    IdName Stage,
    IdName Status,
    string Title,
    string UpdatedAt,
    int? UpdatedById);

/// <summary>GET /tickets?group_by=…: counts instead of rows.</summary>
internal sealed record TicketBuckets(string GroupBy, string DateType, int Total, IReadOnlyList<TicketBucket> Buckets);

internal sealed record TicketBucket(string Period, int Count);

internal sealed record ChecklistsSummary(int Total, int Pending, int RequiredPending, string[] MissingRequiredChecklists, bool BlocksClose);

internal sealed record TicketClient(int Id, string Name, string Social, string? SocialRevenue, bool Status);

internal sealed record TicketDesk(int Id, bool Active, string AppointmentType, string DisplayName, string Name);

internal sealed record TicketEquipment(int? Id, string? Name, int? GroupId, int? UserId);

internal sealed record TicketFeedback(int? Rating, string Comments);

internal sealed record TicketPriority(int Id, string EndTime, string Name, int Order, string StartTime);

internal sealed record TicketResponsible(
    int Id,
    [property: JsonPropertyName("_type")] string Type,
    bool Active,
    string Email,
    bool GauthEnabled,
    string? LastLoginAt,
    string Name,
    int? TechnicalGroupId);

internal sealed record TicketStage(int Id, bool FirstStage, bool LastStage, string MaxTime, string Name);

internal sealed record TicketStatus(int Id, bool DefaultCanceled, bool DefaultClose, bool DefaultOpen, string Name);

/// <summary>Tiflux's ticket detail.</summary>
internal sealed record TicketDetail(
    int TicketNumber,
    ChecklistsSummary ChecklistsSummary,
    TicketClient Client,
    object? ClosedTicketTotalSpentSolving,
    string CreatedAt,
    int? CreatedById,
    string CreatedByWayOf,
    bool CreatedWithAi,
    object? CustomFields,
    string Description,
    TicketDesk Desk,
    TicketEquipment Equipment,
    TicketFeedback? Feedback,
    string? Followers,
    bool IsClosed,
    bool IsDuplicating,
    bool IsGrouped,
    bool IsRevised,
    string? LastAnswerType,
    string? LastReopenDate,
    TicketPriority? Priority,
    string? PriorityChangeReason,
    int ReopenCount,
    TicketRequestor Requestor,
    TicketResponsible? Responsible,
    object? ServicesCatalog,
    SlaDetailInfo SlaInfo,
    TicketStage Stage,
    TicketStatus Status,
    IReadOnlyList<TicketReferenceView> TicketChildren,
    object TicketReference,
    string Title,
    string UpdatedAt,
    int? UpdatedById,
    string UrlExternalPath,
    string UrlInternalPath,
    string WorkedHours,
    [property: JsonPropertyName("closed_at")] string? ClosedAt)
{
    /// <summary>Who opened the ticket (the MCP reads <c>created_by.name</c>); null when unknown.</summary>
    public IdName? CreatedBy { get; init; }
}

/// <summary>A parent (<c>ticket_reference</c>) or child ticket (service-desk.md §5.4).</summary>
internal sealed record TicketReferenceView(int TicketNumber, int DeskId, int? ResponsibleId, int StageId, int StatusId, string Title);

/// <summary>POST /tickets answers the ticket wrapped under <c>ticket</c>.</summary>
internal sealed record TicketCreated(TicketDetail Ticket);

internal sealed record ApiMessage(string Message);
