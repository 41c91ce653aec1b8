using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.ServicesCatalogs;

/// <summary>A catalog (service-desk.md §9.12).</summary>
internal sealed record ServicesCatalogView(int Id, string Name);

/// <summary>An area, with its catalog.</summary>
internal sealed record CatalogAreaView(int Id, string Name, bool Active, IdName ServicesCatalog);

/// <summary>An item of an area; times as HH:MM.</summary>
internal sealed record CatalogItemView(int Id, string Name, string StartTime, string EndTime, bool Active, IdName ServicesCatalogsArea, IdName ServicesCatalog);

/// <summary>An item selectable in a desk (GET /desks/{id}/services-catalogs-items).</summary>
internal sealed record DeskCatalogItemView(int Id, string Name, string StartTime, string EndTime, IdName Area, IdName Catalog);

/// <summary>The <c>services_catalog</c> block of a ticket.</summary>
internal sealed record TicketCatalogItemView(int Id, string ItemName, int AreaId, string AreaName, int CatalogId, string CatalogName);

internal static class ServicesCatalogShapes
{
    public const string CatalogKind = "ServiceDesk::ServicesCatalog";
    public const string AreaKind = "ServiceDesk::ServicesCatalogsArea";
    public const string ItemKind = "ServiceDesk::ServicesCatalogsItem";

    /// <summary>The module's fields in the API, and its rules in Tiflux's words.</summary>
    public static readonly Dictionary<string, string> Fields = new()
    {
        ["Name"] = "name",
        ["AttendanceMinutes"] = "start_time",
        ["SolutionMinutes"] = "end_time",
        ["Active"] = "active",
    };

    public static readonly Dictionary<string, RuleText> Rules = new()
    {
        ["catalog_name_taken"] = new("has already been taken"),
        ["catalog_solution_before_attendance"] = new("Must be greater or equal than start time"),
        ["catalog_time_out_of_range"] = new(TimeRange),
    };

    public const string TimeRange = "use HH:MM, with hours between 0 and 999 and minutes between 00 and 59";

    /// <summary>An active catalog by API id, or 404 with Tiflux's text (a deleted catalog is gone for the API).</summary>
    public static async Task<ServicesCatalogDto> CatalogAsync(string id, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        var internalId = await ids.ResolveAsync(PublicIdKind.ServicesCatalog, ApiPath.Id(id), cancellationToken);
        var catalog = internalId is { } cid ? await catalogs.GetCatalogAsync(cid, cancellationToken) : null;
        return catalog is { Active: true } ? catalog : throw ApiPath.NotFound(CatalogKind, id);
    }

    /// <summary>An active area by API id (of <paramref name="catalogId"/> when given), or 404.</summary>
    public static async Task<ServicesCatalogAreaDto> AreaAsync(string id, Guid? catalogId, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        var internalId = await ids.ResolveAsync(PublicIdKind.ServicesCatalogArea, ApiPath.Id(id), cancellationToken);
        var area = internalId is { } aid ? await catalogs.GetAreaAsync(aid, cancellationToken) : null;
        return area is { Active: true } && (catalogId is null || area.CatalogId == catalogId) ? area : throw ApiPath.NotFound(AreaKind, id);
    }

    /// <summary>An item of the area by API id (active or not: a deleted item still answers, with <c>active: false</c>), or 404.</summary>
    public static async Task<ServicesCatalogItemDto> ItemAsync(string id, Guid areaId, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        var internalId = await ids.ResolveAsync(PublicIdKind.ServicesCatalogItem, ApiPath.Id(id), cancellationToken);
        var item = internalId is { } iid ? await catalogs.GetItemAsync(iid, cancellationToken) : null;
        return item is not null && item.AreaId == areaId ? item : throw ApiPath.NotFound(ItemKind, id);
    }

    public static async Task<IReadOnlyList<ServicesCatalogView>> CatalogViewsAsync(IReadOnlyList<ServicesCatalogDto> catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.ServicesCatalog, catalogs.Select(c => c.Id)), cancellationToken);
        return [.. catalogs.Select(c => new ServicesCatalogView(map[PublicIdKind.ServicesCatalog, c.Id], c.Name))];
    }

    public static async Task<IReadOnlyList<CatalogAreaView>> AreaViewsAsync(IReadOnlyList<ServicesCatalogAreaDto> areas, PublicIds ids, CancellationToken cancellationToken)
    {
        var batch = new PublicIdBatch().AddRange(PublicIdKind.ServicesCatalogArea, areas.Select(a => a.Id)).AddRange(PublicIdKind.ServicesCatalog, areas.Select(a => a.CatalogId));
        var map = await ids.AssignAsync(batch, cancellationToken);
        return [.. areas.Select(a => new CatalogAreaView(
            map[PublicIdKind.ServicesCatalogArea, a.Id], a.Name, a.Active, new IdName(map[PublicIdKind.ServicesCatalog, a.CatalogId], a.CatalogName)))];
    }

    public static async Task<IReadOnlyList<CatalogItemView>> ItemViewsAsync(IReadOnlyList<ServicesCatalogItemDto> items, PublicIds ids, CancellationToken cancellationToken)
    {
        var map = await ids.AssignAsync(Batch(items), cancellationToken);
        return [.. items.Select(i => new CatalogItemView(
            map[PublicIdKind.ServicesCatalogItem, i.Id], i.Name, PtBr.Hhmm(i.AttendanceMinutes), PtBr.Hhmm(i.SolutionMinutes), i.Active,
            new IdName(map[PublicIdKind.ServicesCatalogArea, i.AreaId], i.AreaName), new IdName(map[PublicIdKind.ServicesCatalog, i.CatalogId], i.CatalogName)))];
    }

    public static async Task<IReadOnlyList<DeskCatalogItemView>> DeskItemViewsAsync(IReadOnlyList<ServicesCatalogItemDto> items, PublicIds ids, CancellationToken cancellationToken)
    {
        var map = await ids.AssignAsync(Batch(items), cancellationToken);
        return [.. items.Select(i => new DeskCatalogItemView(
            map[PublicIdKind.ServicesCatalogItem, i.Id], i.Name, PtBr.Hhmm(i.AttendanceMinutes), PtBr.Hhmm(i.SolutionMinutes),
            new IdName(map[PublicIdKind.ServicesCatalogArea, i.AreaId], i.AreaName), new IdName(map[PublicIdKind.ServicesCatalog, i.CatalogId], i.CatalogName)))];
    }

    /// <summary>Adds a ticket's item, area and catalog to a batch of ids to number.</summary>
    public static PublicIdBatch AddItemRef(this PublicIdBatch batch, CatalogItemRefDto? item) => item is null
        ? batch
        : batch.Add(PublicIdKind.ServicesCatalogItem, item.Id).Add(PublicIdKind.ServicesCatalogArea, item.AreaId).Add(PublicIdKind.ServicesCatalog, item.CatalogId);

    /// <summary>The ticket's <c>services_catalog</c> block, or null without an item (ids numbered through <see cref="AddItemRef"/>).</summary>
    public static TicketCatalogItemView? TicketView(CatalogItemRefDto? item, PublicIdMap map) => item is null
        ? null
        : new TicketCatalogItemView(
            map[PublicIdKind.ServicesCatalogItem, item.Id], item.ItemName, map[PublicIdKind.ServicesCatalogArea, item.AreaId], item.AreaName,
            map[PublicIdKind.ServicesCatalog, item.CatalogId], item.CatalogName);

    private static PublicIdBatch Batch(IReadOnlyList<ServicesCatalogItemDto> items) => new PublicIdBatch()
        .AddRange(PublicIdKind.ServicesCatalogItem, items.Select(i => i.Id))
        .AddRange(PublicIdKind.ServicesCatalogArea, items.Select(i => i.AreaId))
        .AddRange(PublicIdKind.ServicesCatalog, items.Select(i => i.CatalogId));
}
