namespace Tiflux.Tickets.Sla;

/// <summary>
/// One passage of a ticket through a stage (Tiflux's <c>stages-slas</c>): when it entered and left, the stage's
/// deadline, when it was attended there, and the business minutes it spent in the stage. Kept for every desk with SLA.
/// </summary>
internal sealed class TicketStageSla
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TicketId { get; init; }

    public Guid DeskId { get; init; }

    public required string DeskName { get; init; }

    public Guid StageId { get; init; }

    public required string StageName { get; init; }

    public DateTimeOffset EnteredAt { get; init; }

    public Guid? EnteredById { get; init; }

    public string? EnteredByName { get; init; }

    public DateTimeOffset? Expiration { get; set; }

    public DateTimeOffset? AttendedAt { get; set; }

    public Guid? AttendedById { get; set; }

    public string? AttendedByName { get; set; }

    public DateTimeOffset? LeftAt { get; set; }

    public int MinutesInExpedient { get; set; }

    /// <summary>Left or attended before the expiration (always true for a stage without a maximum time).</summary>
    public bool SlaAttended { get; set; }
}
