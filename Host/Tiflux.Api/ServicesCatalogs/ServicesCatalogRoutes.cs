namespace Tiflux.Api.ServicesCatalogs;

/// <summary>The service catalog routes (issue 24).</summary>
internal static class ServicesCatalogRoutes
{
    public static void Map(RouteGroupBuilder api)
    {
        ServicesCatalogEndpoints.Map(api);
        CatalogAreaEndpoints.Map(api);
        CatalogItemEndpoints.Map(api);
        DeskCatalogEndpoints.Map(api);
    }
}
