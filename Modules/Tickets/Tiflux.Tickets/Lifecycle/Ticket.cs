using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

internal sealed class Ticket
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public int Number { get; init; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public Guid ClientId { get; init; }

    public string ClientName { get; set; } = "";

    public Guid DeskId { get; init; }

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

    public TicketHistory Record(DateTimeOffset at, Guid? userId, string userName, string what) =>
        new() { TicketId = Id, At = at, UserId = userId, UserName = userName, What = what };
}
