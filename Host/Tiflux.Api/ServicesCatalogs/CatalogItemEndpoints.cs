using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.ServicesCatalogs;

/// <summary>
/// /services-catalogs-areas/{area_id}/items (service-desk.md §9.12). The list shows deleted (inactive) items too, with
/// <c>active: false</c>; PUT is partial and may reactivate one (<c>active: true</c>).
/// </summary>
internal static class CatalogItemEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/services-catalogs-areas/{area_id}/items", ListAsync).Produces<CatalogItemView[]>().WithTags("Services catalog").WithSummary("Items of an area")
            .Query("name", "string").Paged()
            .Requires(Permissions.TicketsView);
        api.MapPost("/services-catalogs-areas/{area_id}/items", CreateAsync).Produces<CatalogItemView>(201).WithTags("Services catalog")
            .WithSummary("Create an item ({name, start_time, end_time} or wrapped in item)").Body<CatalogItemBody>()
            .Requires(Permissions.ServiceCatalogsManage);
        api.MapPut("/services-catalogs-areas/{area_id}/items/{id}", UpdateAsync).Produces<CatalogItemView>().WithTags("Services catalog")
            .WithSummary("Change an item (partial)").Body<CatalogItemBody>()
            .Requires(Permissions.ServiceCatalogsManage);
        api.MapDelete("/services-catalogs-areas/{area_id}/items/{id}", DeleteAsync).Produces(204).WithTags("Services catalog")
            .WithSummary("Delete (deactivate) an item; tickets keep it")
            .Requires(Permissions.ServiceCatalogsManage);
    }

    private static async Task<IResult> ListAsync(string area_id, HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var name = query.String("name", maxLength: TicketLimits.CatalogName);
        query.ThrowIfErrors();
        var area = await ServicesCatalogShapes.AreaAsync(area_id, null, catalogs, ids, cancellationToken);
        var page = await catalogs.ListItemsAsync(area.Id, new CatalogListRequest(name, null, paging.Page, paging.Limit), cancellationToken);
        return ApiResults.Page(http, await ServicesCatalogShapes.ItemViewsAsync(page.Items, ids, cancellationToken), page.TotalItems);
    }

    private static async Task<IResult> CreateAsync(string area_id, HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var area = await ServicesCatalogShapes.AreaAsync(area_id, null, catalogs, ids, cancellationToken);
        var body = await ServicesCatalogInput.ReadAsync(http.Request, "item", cancellationToken);
        var name = ServicesCatalogInput.Name(body, required: true);
        var start = ServicesCatalogInput.Time(body, "start_time", required: true);
        var end = ServicesCatalogInput.Time(body, "end_time", required: true);
        var active = body.Bool("active") ?? true;
        body.ThrowIfErrors();
        var saved = await catalogs.SaveItemAsync(new SaveCatalogItemRequest(null, area.Id, name!, start!.Value, end!.Value, active), cancellationToken);
        saved.ThrowIfFailed(ServicesCatalogShapes.Fields, rules: ServicesCatalogShapes.Rules);
        return ApiResults.Created(await ViewAsync(saved.Value, catalogs, ids, cancellationToken));
    }

    private static async Task<IResult> UpdateAsync(string area_id, string id, HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var area = await ServicesCatalogShapes.AreaAsync(area_id, null, catalogs, ids, cancellationToken);
        var current = await ServicesCatalogShapes.ItemAsync(id, area.Id, catalogs, ids, cancellationToken);
        var body = await ServicesCatalogInput.ReadAsync(http.Request, "item", cancellationToken);
        var name = ServicesCatalogInput.Name(body, required: false);
        var start = ServicesCatalogInput.Time(body, "start_time", required: false);
        var end = ServicesCatalogInput.Time(body, "end_time", required: false);
        var active = body.Bool("active");
        body.ThrowIfErrors();
        var saved = await catalogs.SaveItemAsync(
            new SaveCatalogItemRequest(current.Id, area.Id, name ?? current.Name, start ?? current.AttendanceMinutes, end ?? current.SolutionMinutes, active ?? current.Active),
            cancellationToken);
        saved.ThrowIfFailed(ServicesCatalogShapes.Fields, rules: ServicesCatalogShapes.Rules);
        return ApiResults.Ok(await ViewAsync(current.Id, catalogs, ids, cancellationToken));
    }

    private static async Task<IResult> DeleteAsync(string area_id, string id, HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var area = await ServicesCatalogShapes.AreaAsync(area_id, null, catalogs, ids, cancellationToken);
        var current = await ServicesCatalogShapes.ItemAsync(id, area.Id, catalogs, ids, cancellationToken);
        (await catalogs.DeleteItemAsync(current.Id, cancellationToken)).ThrowIfFailed(ServicesCatalogShapes.Fields);
        return Results.NoContent();
    }

    private static async Task<CatalogItemView> ViewAsync(Guid id, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        var item = await catalogs.GetItemAsync(id, cancellationToken) ?? throw new InvalidOperationException("Item vanished.");
        return (await ServicesCatalogShapes.ItemViewsAsync([item], ids, cancellationToken))[0];
    }
}
