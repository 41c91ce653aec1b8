namespace Tiflux.Api.Requestors;

/// <summary>The requestor routes (issue 22).</summary>
internal static class RequestorEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        RequestorListEndpoints.Map(api);
        RequestorReadEndpoint.Map(api);
        RequestorWriteEndpoints.Map(api);
    }
}
