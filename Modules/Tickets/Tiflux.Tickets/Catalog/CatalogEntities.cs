namespace Tiflux.Tickets.Catalog;

/// <summary>
/// A service catalog. <see cref="NormalizedName"/> (upper-cased, trimmed) carries the case-insensitive uniqueness:
/// among ACTIVE catalogs only, so a deleted (deactivated) catalog frees its name and reactivating it may collide.
/// </summary>
internal sealed class ServicesCatalog
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>An area of a catalog; its name is unique among the catalog's active areas.</summary>
internal sealed class ServicesCatalogArea
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CatalogId { get; init; }

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>
/// An item of an area; its name is unique among the area's active items. Its times are the ticket's default SLA
/// (Tiflux's <c>start_time</c>/<c>end_time</c>), in minutes: 0..999:59, solution ≥ attendance.
/// </summary>
internal sealed class ServicesCatalogItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AreaId { get; init; }

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }

    public int AttendanceMinutes { get; set; }

    public int SolutionMinutes { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>A catalog a desk offers (desk ↔ catalog, many-to-many).</summary>
internal sealed class DeskCatalogLink
{
    public Guid DeskId { get; init; }

    public Guid CatalogId { get; init; }
}

internal static class CatalogNames
{
    /// <summary>The key the uniqueness indexes compare: trimmed and upper-cased (invariant).</summary>
    public static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
