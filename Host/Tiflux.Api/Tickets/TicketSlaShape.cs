using Tiflux.Api.Conventions;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tickets;

/// <summary>
/// The SLA as Tiflux prints it (service-desk.md §6.1, §6.9): <c>sla_info</c> from the module's clocks, and the desk's
/// targets as <c>"HH:MM"</c> on priorities (<c>start_time</c>/<c>end_time</c>) and stages (<c>max_time</c>).
/// </summary>
internal static class TicketSlaShape
{
    /// <summary>
    /// <c>attend_sla</c> / <c>attend_sla_solution</c>: the clock is not late (<see cref="SlaClockDto.InTime"/>);
    /// <c>solved_in_time</c> is the closing time (the <c>date_type</c> it names).
    /// </summary>
    public static SlaInfo Info(TicketSlaDto sla, DateTimeOffset? closedAt, DateTimeOffset now) => new(
        ApiResults.DateTime(sla.Attendance.Deadline),
        sla.Attendance.InTime(now, sla),
        sla.Solution.InTime(now, sla),
        ApiResults.DateTime(sla.Solution.Deadline),
        ApiResults.DateTime(closedAt),
        ApiResults.DateTime(sla.Stage.Deadline),
        sla.Paused);

    public static SlaDetailInfo Detail(TicketSlaDto sla, DateTimeOffset? closedAt, DateTimeOffset now) =>
        new(Info(sla, closedAt, now), sla.DeactivationReason);

    /// <summary>
    /// A priority's attendance and solution targets; <c>""</c> when the desk sets none, as stages' <c>max_time</c>
    /// (the spec types both as strings, so a typed client never meets a null there).
    /// </summary>
    public static (string Start, string End) PriorityTimes(DeskDto desk, Guid priorityId)
    {
        var target = desk.Sla.Priorities.FirstOrDefault(p => p.PriorityId == priorityId);
        return (PtBr.Hhmm(target?.AttendanceMinutes), PtBr.Hhmm(target?.SolutionMinutes));
    }

    public static string StageMaxTime(DeskDto desk, Guid stageId) =>
        PtBr.Hhmm(desk.Sla.Stages.FirstOrDefault(s => s.StageId == stageId)?.MaxMinutes);
}
