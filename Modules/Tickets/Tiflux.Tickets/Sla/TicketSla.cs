namespace Tiflux.Tickets.Sla;

/// <summary>
/// A ticket's SLA clocks (service-desk.md §6.9), stored on the ticket so lists and filters read columns instead of
/// recomputing business time per row. Each clock keeps its start, target and the business minutes it was paused, so a
/// deadline can always be recomputed from them: deadline = calendar.Add(start, target + paused).
/// </summary>
internal sealed class TicketSla
{
    /// <summary>The desk measured SLA when the clock started, and nobody switched it off since.</summary>
    public bool Active { get; set; }

    /// <summary>Why the SLA was switched off on this ticket (Tiflux's <c>desactivate_sla_reason</c>).</summary>
    public string? DeactivationReason { get; set; }

    public int? AttendanceTarget { get; set; }

    public DateTimeOffset? AttendanceStart { get; set; }

    public int AttendancePaused { get; set; }

    public DateTimeOffset? AttendanceDeadline { get; set; }

    /// <summary>From here the attendance clock is "expiring" (SlaRules thresholds), precomputed with the deadline.</summary>
    public DateTimeOffset? AttendanceWarnAt { get; set; }

    /// <summary>When attendance started: first time entry or timer, first staff answer, or leaving the first stage.</summary>
    public DateTimeOffset? AttendedAt { get; set; }

    public int? SolutionTarget { get; set; }

    /// <summary>The ticket's clock start, or its reopening (a reopened ticket gets a full new solution window).</summary>
    public DateTimeOffset? SolutionStart { get; set; }

    public int SolutionPaused { get; set; }

    public DateTimeOffset? SolutionDeadline { get; set; }

    public DateTimeOffset? SolutionWarnAt { get; set; }

    public int? StageTarget { get; set; }

    public DateTimeOffset? StageStart { get; set; }

    public int StagePaused { get; set; }

    public DateTimeOffset? StageDeadline { get; set; }

    public DateTimeOffset? StageWarnAt { get; set; }

    /// <summary>Set while the clocks are paused (by hand with a reason, or by a status that pauses the SLA).</summary>
    public DateTimeOffset? PausedAt { get; set; }

    public string? PauseReason { get; set; }

    public bool PausedByStatus { get; set; }

    /// <summary>When the breach e-mail of each clock was queued: a breach is notified once (reset when the clock restarts).</summary>
    public DateTimeOffset? AttendanceBreachNotifiedAt { get; set; }

    public DateTimeOffset? SolutionBreachNotifiedAt { get; set; }

    public DateTimeOffset? StageBreachNotifiedAt { get; set; }
}
