using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Desks;

internal sealed class ServiceDesk
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public List<Guid> ClientIds { get; set; } = [];

    /// <summary>The attendant groups (host's Grupos de atendentes) that serve this desk; empty means every group.</summary>
    public List<Guid> AttendantGroupIds { get; set; } = [];

    public DeskValuationMode ValuationMode { get; set; } = DeskValuationMode.WithValuation;

    public bool ReviewEnabled { get; set; }

    public ReviewerKind ReviewerKind { get; set; } = ReviewerKind.Both;

    public int ReviewDeadlineHours { get; set; } = 72;

    public bool MayReopenReviewed { get; set; }

    /// <summary>The desk measures SLA (Tiflux's <c>desk_with_sla</c>).</summary>
    public bool SlaEnabled { get; set; }

    /// <summary>"Meta de cumprimento de SLA" in percent; null: the organisation's goal.</summary>
    public int? SlaGoalPercent { get; set; }

    /// <summary>Attendants may pause and resume the SLA of this desk's tickets (Tiflux's <c>can_stop_sla</c>).</summary>
    public bool SlaCanPause { get; set; }

    public List<DeskStage> Stages { get; init; } = [];

    public List<DeskStatus> Statuses { get; init; } = [];

    public List<DeskPriority> Priorities { get; init; } = [];

    /// <summary>A service catalog item is required to open a ticket (saved on the desk's Catálogo page).</summary>
    public bool RequireCatalogItemToOpen { get; set; }

    /// <summary>A service catalog item is required to close a ticket.</summary>
    public bool RequireCatalogItemToClose { get; set; }

    public bool Serves(Guid clientId) => ClientIds.Count == 0 || ClientIds.Contains(clientId);

    public DeskStatus FirstStatus(StatusKind kind) => Statuses.Where(s => s.Kind == kind).OrderBy(s => s.Position).First();

    public DeskStage FirstStage() => Stages.OrderBy(s => s.Position).First();

    public DeskStage LastStage() => Stages.OrderBy(s => s.Position).Last();
}
