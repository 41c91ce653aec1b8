namespace Tiflux.Tickets.PublicApi;

/// <summary>A service catalog (catálogo de serviço): the top of Catálogo → Área → Item.</summary>
public sealed record ServicesCatalogDto(Guid Id, string Name, bool Active);

/// <summary>An area of a catalog.</summary>
public sealed record ServicesCatalogAreaDto(Guid Id, Guid CatalogId, string CatalogName, string Name, bool Active);

/// <summary>
/// An item of an area. <see cref="AttendanceMinutes"/> and <see cref="SolutionMinutes"/> (Tiflux's
/// <c>start_time</c>/<c>end_time</c>) are the item's default SLA targets, in business minutes.
/// </summary>
public sealed record ServicesCatalogItemDto(
    Guid Id,
    Guid AreaId,
    string AreaName,
    Guid CatalogId,
    string CatalogName,
    string Name,
    int AttendanceMinutes,
    int SolutionMinutes,
    bool Active);

/// <summary>The catalog item a ticket carries, with its area and catalog (Tiflux's <c>services_catalog</c> block).</summary>
public sealed record CatalogItemRefDto(Guid Id, string ItemName, Guid AreaId, string AreaName, Guid CatalogId, string CatalogName)
{
    /// <summary>"Catálogo › Área › Item", as pages show it.</summary>
    public string Label => $"{CatalogName} › {AreaName} › {ItemName}";
}

/// <summary>A catalog list filter: <see cref="Name"/> contains (case-insensitive); <see cref="Active"/> null = any.</summary>
public sealed record CatalogListRequest(string? Name = null, bool? Active = true, int Page = 1, int PageSize = 25);

/// <summary>The selectable items of a desk, optionally of one area or catalog, by name.</summary>
public sealed record DeskCatalogItemsRequest(Guid DeskId, Guid? AreaId = null, Guid? CatalogId = null, string? Name = null, int Page = 1, int PageSize = 25);

/// <summary>Creates (<see cref="Id"/> null) or changes a catalog. Deactivating it deactivates its areas and items.</summary>
public sealed record SaveServicesCatalogRequest(Guid? Id, string Name, bool Active = true);

/// <summary>Creates (<see cref="Id"/> null) or changes an area of <see cref="CatalogId"/>. Deactivating it deactivates its items.</summary>
public sealed record SaveCatalogAreaRequest(Guid? Id, Guid CatalogId, string Name, bool Active = true);

/// <summary>Creates (<see cref="Id"/> null) or changes an item of <see cref="AreaId"/>; times in minutes (0..999:59), solution ≥ attendance.</summary>
public sealed record SaveCatalogItemRequest(Guid? Id, Guid AreaId, string Name, int AttendanceMinutes, int SolutionMinutes, bool Active = true);

/// <summary>A desk's catalog settings: the linked catalogs and whether an item is required to open or to close a ticket.</summary>
public sealed record DeskCatalogSettingsDto(Guid DeskId, IReadOnlyList<Guid> CatalogIds, bool RequireCatalogItemToOpen, bool RequireCatalogItemToClose);
