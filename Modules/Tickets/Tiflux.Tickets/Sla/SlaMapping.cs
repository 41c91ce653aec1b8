using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

internal static class SlaMapping
{
    /// <summary>The stored clocks as the ticket's SLA: attendance met when it started, solution met when closed.</summary>
    public static TicketSlaDto ToDto(TicketSla sla, TicketState state, DateTimeOffset? closedAt) => new(
        sla.Active,
        state == TicketState.Cancelled,
        sla.DeactivationReason,
        sla.PausedAt,
        sla.PauseReason,
        new SlaClockDto(sla.AttendanceTarget, sla.AttendanceDeadline, sla.AttendanceWarnAt, sla.AttendedAt ?? closedAt),
        new SlaClockDto(sla.SolutionTarget, sla.SolutionDeadline, sla.SolutionWarnAt, closedAt),
        state == TicketState.Open ? new SlaClockDto(sla.StageTarget, sla.StageDeadline, sla.StageWarnAt, null) : SlaClockDto.None);
}
