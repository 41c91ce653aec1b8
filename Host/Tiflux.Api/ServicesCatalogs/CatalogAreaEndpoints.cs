using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.ServicesCatalogs;

/// <summary>/services-catalogs/{catalog_id}/areas (service-desk.md §9.12); deleting an area deactivates its items.</summary>
internal static class CatalogAreaEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/services-catalogs/{catalog_id}/areas", ListAsync).Produces<CatalogAreaView[]>().WithTags("Services catalog").WithSummary("Areas of a service catalog")
            .Query("name", "string").Paged()
            .Requires(Permissions.TicketsView);
        api.MapPost("/services-catalogs/{catalog_id}/areas", CreateAsync).Produces<CatalogAreaView>(201).WithTags("Services catalog")
            .WithSummary("Create an area ({area:{name}})").Body<CatalogNameBody>()
            .Requires(Permissions.ServiceCatalogsManage);
        api.MapPut("/services-catalogs/{catalog_id}/areas/{id}", UpdateAsync).Produces<CatalogAreaView>().WithTags("Services catalog")
            .WithSummary("Rename an area").Body<CatalogNameBody>()
            .Requires(Permissions.ServiceCatalogsManage);
        api.MapDelete("/services-catalogs/{catalog_id}/areas/{id}", DeleteAsync).Produces(204).WithTags("Services catalog")
            .WithSummary("Delete (deactivate) an area with its items")
            .Requires(Permissions.ServiceCatalogsManage);
    }

    private static async Task<IResult> ListAsync(string catalog_id, HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var name = query.String("name", maxLength: TicketLimits.CatalogName);
        query.ThrowIfErrors();
        var catalog = await ServicesCatalogShapes.CatalogAsync(catalog_id, catalogs, ids, cancellationToken);
        var page = await catalogs.ListAreasAsync(catalog.Id, new CatalogListRequest(name, true, paging.Page, paging.Limit), cancellationToken);
        return ApiResults.Page(http, await ServicesCatalogShapes.AreaViewsAsync(page.Items, ids, cancellationToken), page.TotalItems);
    }

    private static async Task<IResult> CreateAsync(string catalog_id, HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var catalog = await ServicesCatalogShapes.CatalogAsync(catalog_id, catalogs, ids, cancellationToken);
        var body = await ServicesCatalogInput.ReadAsync(http.Request, "area", cancellationToken);
        var name = ServicesCatalogInput.Name(body, required: true);
        body.ThrowIfErrors();
        var saved = await catalogs.SaveAreaAsync(new SaveCatalogAreaRequest(null, catalog.Id, name!), cancellationToken);
        saved.ThrowIfFailed(ServicesCatalogShapes.Fields, rules: ServicesCatalogShapes.Rules);
        return ApiResults.Created(await ViewAsync(saved.Value, catalogs, ids, cancellationToken));
    }

    private static async Task<IResult> UpdateAsync(string catalog_id, string id, HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var catalog = await ServicesCatalogShapes.CatalogAsync(catalog_id, catalogs, ids, cancellationToken);
        var current = await ServicesCatalogShapes.AreaAsync(id, catalog.Id, catalogs, ids, cancellationToken);
        var body = await ServicesCatalogInput.ReadAsync(http.Request, "area", cancellationToken);
        var name = ServicesCatalogInput.Name(body, required: false);
        body.ThrowIfErrors();
        var saved = await catalogs.SaveAreaAsync(new SaveCatalogAreaRequest(current.Id, catalog.Id, name ?? current.Name), cancellationToken);
        saved.ThrowIfFailed(ServicesCatalogShapes.Fields, rules: ServicesCatalogShapes.Rules);
        return ApiResults.Ok(await ViewAsync(current.Id, catalogs, ids, cancellationToken));
    }

    private static async Task<IResult> DeleteAsync(string catalog_id, string id, HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var catalog = await ServicesCatalogShapes.CatalogAsync(catalog_id, catalogs, ids, cancellationToken);
        var current = await ServicesCatalogShapes.AreaAsync(id, catalog.Id, catalogs, ids, cancellationToken);
        (await catalogs.DeleteAreaAsync(current.Id, cancellationToken)).ThrowIfFailed(ServicesCatalogShapes.Fields);
        return Results.NoContent();
    }

    private static async Task<CatalogAreaView> ViewAsync(Guid id, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        var area = await catalogs.GetAreaAsync(id, cancellationToken) ?? throw new InvalidOperationException("Area vanished.");
        return (await ServicesCatalogShapes.AreaViewsAsync([area], ids, cancellationToken))[0];
    }
}
