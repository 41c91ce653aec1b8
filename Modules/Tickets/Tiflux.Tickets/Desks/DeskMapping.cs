using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Desks;

internal static class DeskMapping
{
    public static DeskDto ToDto(this ServiceDesk desk) => new(
        desk.Id,
        desk.Name,
        [.. desk.Stages.OrderBy(s => s.Position).Select(s => new DeskOptionDto(s.Id, s.Name, s.Position))],
        [.. desk.Statuses.OrderBy(s => s.Position).Select(s => new DeskStatusDto(s.Id, s.Name, s.Kind, s.Position))],
        [.. desk.Priorities.OrderBy(s => s.Position).Select(s => new DeskOptionDto(s.Id, s.Name, s.Position))],
        desk.ClientIds,
        desk.ValuationMode,
        desk.ReviewEnabled,
        desk.ReviewerKind,
        desk.ReviewDeadlineHours,
        desk.MayReopenReviewed)
    {
        AttendantGroupIds = desk.AttendantGroupIds,
        Sla = new DeskSlaDto(
            desk.SlaEnabled,
            desk.SlaGoalPercent,
            desk.SlaCanPause,
            [.. desk.Priorities.OrderBy(p => p.Position).Select(p => new PrioritySlaDto(p.Id, p.SlaAttendanceMinutes, p.SlaSolutionMinutes))],
            [.. desk.Stages.OrderBy(s => s.Position).Select(s => new StageSlaDto(s.Id, s.SlaMaxMinutes))],
            [.. desk.Statuses.Where(s => s.PausesSla).Select(s => s.Id)]),
        RequireCatalogItemToOpen = desk.RequireCatalogItemToOpen,
        RequireCatalogItemToClose = desk.RequireCatalogItemToClose,
    };
}
