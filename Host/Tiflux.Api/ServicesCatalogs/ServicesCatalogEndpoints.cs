using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.ServicesCatalogs;

/// <summary>
/// /services-catalogs (service-desk.md §9.12): list, create, rename, delete (soft: the catalog, its areas and their
/// items become inactive, and the catalog is gone for the API). Reading needs the ticket view; writing "Gerenciar
/// catálogos de serviço".
/// </summary>
internal static class ServicesCatalogEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/services-catalogs", ListAsync).Produces<ServicesCatalogView[]>().WithTags("Services catalog").WithSummary("Service catalogs")
            .Query("name", "string").Paged()
            .Requires(Permissions.TicketsView);
        api.MapPost("/services-catalogs", CreateAsync).Produces<ServicesCatalogView>(201).WithTags("Services catalog")
            .WithSummary("Create a service catalog ({name} or {services_catalog:{name}})").Body<CatalogNameBody>()
            .Requires(Permissions.ServiceCatalogsManage);
        api.MapPut("/services-catalogs/{id}", UpdateAsync).Produces<ServicesCatalogView>().WithTags("Services catalog")
            .WithSummary("Rename a service catalog").Body<CatalogNameBody>()
            .Requires(Permissions.ServiceCatalogsManage);
        api.MapDelete("/services-catalogs/{id}", DeleteAsync).Produces(204).WithTags("Services catalog")
            .WithSummary("Delete (deactivate) a service catalog with its areas and items")
            .Requires(Permissions.ServiceCatalogsManage);
    }

    private static async Task<IResult> ListAsync(HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var name = query.String("name", maxLength: TicketLimits.CatalogName);
        query.ThrowIfErrors();
        var page = await catalogs.ListCatalogsAsync(new CatalogListRequest(name, true, paging.Page, paging.Limit), cancellationToken);
        return ApiResults.Page(http, await ServicesCatalogShapes.CatalogViewsAsync(page.Items, ids, cancellationToken), page.TotalItems);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var body = await ServicesCatalogInput.ReadAsync(http.Request, "services_catalog", cancellationToken);
        var name = ServicesCatalogInput.Name(body, required: true);
        body.ThrowIfErrors();
        var saved = await catalogs.SaveCatalogAsync(new SaveServicesCatalogRequest(null, name!), cancellationToken);
        saved.ThrowIfFailed(ServicesCatalogShapes.Fields, rules: ServicesCatalogShapes.Rules);
        return ApiResults.Created(await ViewAsync(saved.Value, catalogs, ids, cancellationToken));
    }

    private static async Task<IResult> UpdateAsync(string id, HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var current = await ServicesCatalogShapes.CatalogAsync(id, catalogs, ids, cancellationToken);
        var body = await ServicesCatalogInput.ReadAsync(http.Request, "services_catalog", cancellationToken);
        var name = ServicesCatalogInput.Name(body, required: false);
        body.ThrowIfErrors();
        var saved = await catalogs.SaveCatalogAsync(new SaveServicesCatalogRequest(current.Id, name ?? current.Name), cancellationToken);
        saved.ThrowIfFailed(ServicesCatalogShapes.Fields, rules: ServicesCatalogShapes.Rules);
        return ApiResults.Ok(await ViewAsync(current.Id, catalogs, ids, cancellationToken));
    }

    private static async Task<IResult> DeleteAsync(string id, HttpContext http, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var current = await ServicesCatalogShapes.CatalogAsync(id, catalogs, ids, cancellationToken);
        (await catalogs.DeleteCatalogAsync(current.Id, cancellationToken)).ThrowIfFailed(ServicesCatalogShapes.Fields);
        return Results.NoContent();
    }

    private static async Task<ServicesCatalogView> ViewAsync(Guid id, ITicketCatalog catalogs, PublicIds ids, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetCatalogAsync(id, cancellationToken) ?? throw new InvalidOperationException("Catalog vanished.");
        return (await ServicesCatalogShapes.CatalogViewsAsync([catalog], ids, cancellationToken))[0];
    }
}
