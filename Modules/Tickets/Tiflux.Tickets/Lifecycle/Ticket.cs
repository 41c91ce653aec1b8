using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Lifecycle;

internal sealed partial class Ticket
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public int Number { get; init; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public Guid ClientId { get; init; }

    public string ClientName { get; set; } = "";

    /// <summary>Settable: a desk transfer moves the ticket; its entries keep the valuation they were saved with.</summary>
    public Guid DeskId { get; set; }

    public Guid StageId { get; set; }

    public Guid StatusId { get; set; }

    public Guid PriorityId { get; set; }

    public Guid? ResponsibleUserId { get; set; }

    public string? ResponsibleName { get; set; }

    public string RequesterName { get; set; } = "";

    public string? RequesterEmail { get; set; }

    public Guid? ResourceId { get; set; }

    public string? ResourceName { get; set; }

    public Guid? ResourceGroupId { get; set; }

    public string? ResourceGroupName { get; set; }

    public TicketState State { get; set; } = TicketState.Open;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset? ReviewDueAt { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    public bool AutoReviewed { get; set; }

    public int? Rating { get; set; }

    public string? ReviewComment { get; set; }

    public string? DisapprovalReason { get; set; }

    public int ReopenCount { get; set; }

    /// <summary>The registered requestor; <see cref="RequesterName"/>, e-mail and phone are its copy (or ad-hoc data).</summary>
    public Guid? RequestorId { get; set; }

    public string? RequesterTelephone { get; set; }

    public string? RequesterExtension { get; set; }

    /// <summary>Lower-cased e-mails that receive the public communication (text[]; at most <see cref="TicketLimits.Followers"/>).</summary>
    public List<string> Followers { get; set; } = [];

    public Guid? ParentTicketId { get; set; }

    public string? PriorityChangeReason { get; set; }

    public TicketOrigin Origin { get; init; } = TicketOrigin.Web;

    public Guid? CreatedByUserId { get; init; }

    public string? CreatedByName { get; init; }

    public DateTimeOffset? LastAnswerAt { get; set; }

    public bool? LastAnswerByClient { get; set; }

    /// <summary>The client's authorization of the new ticket (service-desk.md §3.5); Pending keeps it out of the desk's queue.</summary>
    public TicketAuthorization Authorization { get; set; }

    public string? AuthorizationDecidedBy { get; set; }

    public DateTimeOffset? AuthorizationDecidedAt { get; set; }

    public string? AuthorizationDenialReason { get; set; }

    /// <summary>The SLA clocks, stored as columns of the ticket (service-desk.md §6.9).</summary>
    public TicketSla Sla { get; init; } = new();

    /// <summary>The service catalog item (its times are the ticket's default SLA); validated by Catalog.TicketCatalogItemRule.</summary>
    public Guid? ServicesCatalogItemId { get; set; }

    /// <summary>A history row of this ticket; <paramref name="actor"/> null marks an automatic action.</summary>
    public TicketHistory Record(DateTimeOffset at, ActorDto? actor, HistoryArea area, HistoryOperation operation, string action, string what) =>
        new()
        {
            TicketId = Id,
            At = at,
            UserId = actor?.UserId,
            UserName = actor?.Name ?? TicketHistory.SystemName,
            Area = area,
            Operation = operation,
            Action = action,
            What = what,
        };
}
