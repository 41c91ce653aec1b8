using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace Tiflux.Api.Conventions;

/// <summary>
/// What /api/v2 answers when no route matched. Routing drops a JSON route whose request has another Content-Type
/// (its Accepts metadata) and, because the API's catch-all fallback still matches, would answer 404 "No route" for a
/// route that exists. When a route with this method and path exists and only the media type is wrong, the answer is
/// 415/41501 instead.
/// </summary>
internal static class ApiFallback
{
    public static IResult Answer(HttpContext http, EndpointDataSource endpoints) =>
        RefusedOnlyForMediaType(http.Request, endpoints)
            ? ApiError.Custom(415, 41501, "content_type", $"This route accepts application/json, not {MediaType(http.Request.ContentType)}").ToResult()
            : ApiError.NotFound("No route matches this path").ToResult();

    private static bool RefusedOnlyForMediaType(HttpRequest request, EndpointDataSource endpoints)
    {
        var mediaType = MediaType(request.ContentType);
        if (mediaType.Length == 0)
        {
            return false;
        }

        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not { } accepts
                || endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
                || !methods.HttpMethods.Contains(request.Method, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            // Route constraints are not checked here: a path that fails only a constraint gets 415 rather than 404,
            // which still tells the client what to fix first.
            var matcher = new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), new RouteValueDictionary());
            if (matcher.TryMatch(request.Path, new RouteValueDictionary())
                && !accepts.ContentTypes.Any(t => string.Equals(MediaType(t), mediaType, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static string MediaType(string? contentType) => (contentType ?? "").Split(';')[0].Trim();
}
