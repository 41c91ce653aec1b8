using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Api.Conventions;

namespace Tiflux.Api.Tests.Permissions;

/// <summary>One /api/v2 route the host serves, with what it declares it requires (null: it declares nothing).</summary>
internal sealed partial record ApiRoute(string Method, string Pattern, RouteEndpoint Endpoint, ApiPermissionMetadata? Requirement)
{
    /// <summary>A number no record of the matrix's empty world has.</summary>
    private const string Missing = "999999";

    public string Label => $"{Method} {Pattern}";

    /// <summary>The path under /api/v2 with every parameter filled with a record that does not exist.</summary>
    public string Path => PathWith(Missing);

    /// <summary>The path under /api/v2 with every parameter (but a catch-all) filled with <paramref name="id"/>.</summary>
    public string PathWith(string id) =>
        Parameter().Replace(Pattern[ApiClient.Base.Length..], m => m.Value.StartsWith("{*", StringComparison.Ordinal) ? "rota-que-nao-existe" : id);

    public bool SendsBody => Method is "POST" or "PUT" or "PATCH";

    /// <summary>Every /api/v2 route, read from the running host's endpoint data source (a new route is covered without touching the tests).</summary>
    public static List<ApiRoute> All(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith(ApiClient.Base + "/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new ApiRoute(method, e.RoutePattern.RawText!, e, e.Metadata.GetMetadata<ApiPermissionMetadata>())))
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
