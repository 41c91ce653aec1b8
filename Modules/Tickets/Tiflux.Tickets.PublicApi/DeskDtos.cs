namespace Tiflux.Tickets.PublicApi;

/// <summary>A named, ordered option of a desk (stage or priority).</summary>
public sealed record DeskOptionDto(Guid Id, string Name, int Position);

/// <summary>A desk status and its kind.</summary>
public sealed record DeskStatusDto(Guid Id, string Name, StatusKind Kind, int Position);

/// <summary>A service desk (mesa de serviço) with its workflow, clients, valuation and review settings.</summary>
public sealed record DeskDto(
    Guid Id,
    string Name,
    IReadOnlyList<DeskOptionDto> Stages,
    IReadOnlyList<DeskStatusDto> Statuses,
    IReadOnlyList<DeskOptionDto> Priorities,
    IReadOnlyList<Guid> ClientIds,
    DeskValuationMode ValuationMode,
    bool ReviewEnabled,
    ReviewerKind ReviewerKind,
    int ReviewDeadlineHours,
    bool MayReopenReviewed)
{
    /// <summary>The attendant groups that serve the desk ("Somente grupos selecionados"); empty: every group.</summary>
    public IReadOnlyList<Guid> AttendantGroupIds { get; init; } = [];

    /// <summary>The desk's SLA settings (service-desk.md §6).</summary>
    public DeskSlaDto Sla { get; init; } = DeskSlaDto.Off;

    /// <summary>A service catalog item is required to open a ticket (Tiflux's <c>require_service_catalog_open_ticket</c>).</summary>
    public bool RequireCatalogItemToOpen { get; init; }

    /// <summary>A service catalog item is required to close a ticket (Tiflux's <c>services_catalog_item</c>).</summary>
    public bool RequireCatalogItemToClose { get; init; }
}

/// <summary>A desk status to save: name and kind.</summary>
public sealed record DeskStatusRequest(string Name, StatusKind Kind);

/// <summary>Creates (<see cref="Id"/> null) or updates a desk. Lists are in display order; existing names keep their ids.</summary>
public sealed record SaveDeskRequest(
    Guid? Id,
    string Name,
    IReadOnlyList<string> Stages,
    IReadOnlyList<DeskStatusRequest> Statuses,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<Guid> ClientIds,
    DeskValuationMode ValuationMode,
    bool ReviewEnabled,
    ReviewerKind ReviewerKind,
    int ReviewDeadlineHours,
    bool MayReopenReviewed)
{
    /// <summary>The attendant groups that serve the desk ("Somente grupos selecionados"); empty: every group.</summary>
    public IReadOnlyList<Guid> AttendantGroupIds { get; init; } = [];
}

/// <summary>Organisation-wide ticket settings.</summary>
public sealed record TicketSettingsDto(bool AllowOverlappingEntries);
