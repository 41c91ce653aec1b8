using Tiflux.Api.Conventions;
using Tiflux.Api.Desks;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.ServicesCatalogs;

/// <summary>A desk's catalogs and the items its tickets may pick (service-desk.md §9.12; the official client resolves <c>catalog_item_name</c> here).</summary>
internal static class DeskCatalogEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/desks/{id}/services-catalogs", CatalogsAsync).Produces<ServicesCatalogView[]>().WithTags("Desks").WithSummary("Service catalogs linked to a desk")
            .Paged()
            .RequiresOrPortal(Permissions.TicketsView);
        api.MapGet("/desks/{id}/services-catalogs-items", ItemsAsync).Produces<DeskCatalogItemView[]>().WithTags("Desks").WithSummary("Catalog items selectable in a desk")
            .Query("area_id", "integer").Query("catalog_id", "integer").Query("name", "string").Paged()
            .RequiresOrPortal(Permissions.TicketsView);
    }

    private static async Task<IResult> CatalogsAsync(
        string id, HttpContext http, ITicketSetup setup, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        var (desk, _) = await DesksEndpoints.FindAsync(id, http.Caller(), setup, ids, cancellationToken);
        var page = await catalogs.ListDeskCatalogsAsync(desk.Id, paging.Page, paging.Limit, cancellationToken);
        return ApiResults.Page(http, await ServicesCatalogShapes.CatalogViewsAsync(page.Items, ids, cancellationToken), page.TotalItems);
    }

    private static async Task<IResult> ItemsAsync(
        string id, HttpContext http, ITicketSetup setup, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var areaNumber = query.Int("area_id", min: 1);
        var catalogNumber = query.Int("catalog_id", min: 1);
        var name = query.String("name", maxLength: TicketLimits.CatalogName);
        query.ThrowIfErrors();
        var (desk, _) = await DesksEndpoints.FindAsync(id, http.Caller(), setup, ids, cancellationToken);
        // An unknown area or catalog id filters to nothing (Guid.Empty names no record).
        var areaId = areaNumber is { } a ? await ids.ResolveAsync(PublicIdKind.ServicesCatalogArea, a, cancellationToken) ?? Guid.Empty : (Guid?)null;
        var catalogId = catalogNumber is { } c ? await ids.ResolveAsync(PublicIdKind.ServicesCatalog, c, cancellationToken) ?? Guid.Empty : (Guid?)null;
        var page = await catalogs.ListDeskItemsAsync(new DeskCatalogItemsRequest(desk.Id, areaId, catalogId, name, paging.Page, paging.Limit), cancellationToken);
        return ApiResults.Page(http, await ServicesCatalogShapes.DeskItemViewsAsync(page.Items, ids, cancellationToken), page.TotalItems);
    }
}
