using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>Codes of the SLA refusals callers translate (the API's 42206 "Unable to close ticket with stopped SLA").</summary>
public static class SlaRuleCodes
{
    public const string Paused = "sla_paused";
}

/// <summary>Where a ticket's SLA clock stands (service-desk.md §6.6).</summary>
public enum SlaClockState
{
    /// <summary>The desk measures no SLA, the SLA was switched off, there is no target, or the ticket was cancelled.</summary>
    NoSla,
    Paused,
    OnTime,
    Expiring,
    Late,
    MetOnTime,
    MetLate,
}

/// <summary>
/// One SLA clock of a ticket: the stored deadline, the instant it starts "expiring" and when it was met (attendance
/// started, ticket closed). <see cref="StateAt"/> is the one rule that turns them into a state.
/// </summary>
public sealed record SlaClockDto(int? TargetMinutes, DateTimeOffset? Deadline, DateTimeOffset? WarnAt, DateTimeOffset? MetAt)
{
    public static SlaClockDto None { get; } = new(null, null, null, null);

    public SlaClockState StateAt(DateTimeOffset now, TicketSlaDto sla)
    {
        if (!sla.Measured || Deadline is not { } deadline)
        {
            return SlaClockState.NoSla;
        }

        if (MetAt is { } met)
        {
            return met <= deadline ? SlaClockState.MetOnTime : SlaClockState.MetLate;
        }

        if (sla.PausedAt is not null)
        {
            return SlaClockState.Paused;
        }

        if (now > deadline)
        {
            return SlaClockState.Late;
        }

        return WarnAt is { } warn && now >= warn ? SlaClockState.Expiring : SlaClockState.OnTime;
    }

    /// <summary>Not late: on time, expiring or met on time (Tiflux's <c>attend_sla</c> / <c>attend_sla_solution</c>).</summary>
    public bool InTime(DateTimeOffset now, TicketSlaDto sla) =>
        StateAt(now, sla) is not (SlaClockState.Late or SlaClockState.MetLate);
}

/// <summary>A ticket's SLA: whether it is measured, paused or switched off, and its three clocks.</summary>
public sealed record TicketSlaDto(
    bool Active,
    bool Cancelled,
    string? DeactivationReason,
    DateTimeOffset? PausedAt,
    string? PauseReason,
    SlaClockDto Attendance,
    SlaClockDto Solution,
    SlaClockDto Stage)
{
    public static TicketSlaDto None { get; } = new(false, false, null, null, null, SlaClockDto.None, SlaClockDto.None, SlaClockDto.None);

    /// <summary>Measured: the desk had SLA, nobody switched it off, and the ticket was not cancelled.</summary>
    public bool Measured => Active && !Cancelled;

    public bool Paused => PausedAt is not null;
}

/// <summary>One passage of a ticket through a stage (Tiflux's <c>stages-slas</c>), newest first.</summary>
public sealed record TicketStageSlaDto(
    Guid Id,
    Guid DeskId,
    string DeskName,
    Guid StageId,
    string StageName,
    DateTimeOffset EnteredAt,
    Guid? EnteredById,
    string? EnteredByName,
    DateTimeOffset? Expiration,
    DateTimeOffset? AttendedAt,
    Guid? AttendedById,
    string? AttendedByName,
    DateTimeOffset? LeftAt,
    int MinutesInExpedient,
    bool SlaAttended);

/// <summary>A desk's SLA settings: switches, goal, targets per priority, stage maximum times and pausing statuses.</summary>
public sealed record DeskSlaDto(
    bool Enabled,
    int? GoalPercent,
    bool CanPause,
    IReadOnlyList<PrioritySlaDto> Priorities,
    IReadOnlyList<StageSlaDto> Stages,
    IReadOnlyList<Guid> PausingStatusIds)
{
    public static DeskSlaDto Off { get; } = new(false, null, false, [], [], []);
}

/// <summary>A priority's targets in business minutes (Tiflux's <c>start_time</c> / <c>end_time</c>); null: no target.</summary>
public sealed record PrioritySlaDto(Guid PriorityId, int? AttendanceMinutes, int? SolutionMinutes);

/// <summary>A stage's maximum time in business minutes (Tiflux's <c>max_time</c>); null: no stage SLA.</summary>
public sealed record StageSlaDto(Guid StageId, int? MaxMinutes);

/// <summary>Saves a desk's SLA settings (one transaction; open tickets are recomputed in the background).</summary>
public sealed record SaveDeskSlaRequest(
    Guid DeskId,
    bool Enabled,
    int? GoalPercent,
    bool CanPause,
    IReadOnlyList<PrioritySlaDto> Priorities,
    IReadOnlyList<StageSlaDto> Stages,
    IReadOnlyList<Guid> PausingStatusIds);

/// <summary>The SLA operations of the ticket screen and the desk settings.</summary>
public interface ITicketSla
{
    Task<Result> SaveDeskSlaAsync(SaveDeskSlaRequest request, CancellationToken cancellationToken);

    /// <summary>Pauses the clocks of an open ticket on a desk that allows it; the reason is required.</summary>
    Task<Result> PauseAsync(int number, string? reason, ActorDto actor, CancellationToken cancellationToken);

    Task<Result> ResumeAsync(int number, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Switches the ticket's SLA off (the caller checks "Mudar a prioridade e desativar SLA"); reason required.</summary>
    Task<Result> DeactivateAsync(int number, string? reason, ActorDto actor, CancellationToken cancellationToken);

    Task<Result<PagedList<TicketStageSlaDto>>> ListStageSlasAsync(int number, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Business minutes from now to each unmet deadline of the ticket, on its desk's calendar (negative: late).</summary>
    Task<SlaTimeLeftDto?> GetTimeLeftAsync(int number, CancellationToken cancellationToken);
}

/// <summary>Business minutes left (negative when late) per clock; null where the clock has no open deadline.</summary>
public sealed record SlaTimeLeftDto(int? Attendance, int? Solution, int? Stage);
