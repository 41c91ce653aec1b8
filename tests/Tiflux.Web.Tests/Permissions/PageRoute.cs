using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Api.Users;
using PermissionKeys = Tiflux.SharedKernel.Permissions;

namespace Tiflux.Web.Tests.Permissions;

/// <summary>
/// A route of the host with the authorization it declares, read as the router reads it: for a Razor Page, from the
/// compiled page (its model's <c>[Authorize]</c>, inherited ones included, and the folder conventions).
/// </summary>
internal sealed record PageRoute(string Route, RoutePattern Pattern, EndpointMetadataCollection Metadata)
{
    public IReadOnlyList<IAuthorizeData> AuthorizeData => Metadata.GetOrderedMetadata<IAuthorizeData>();

    public bool IsAnonymous => Metadata.GetMetadata<IAllowAnonymous>() is not null;

    /// <summary>A Portal do Cliente page: client users only (<see cref="UserPolicies.Portal"/>).</summary>
    public bool IsPortal => AuthorizeData.Any(a => a.Policy == UserPolicies.Portal);

    /// <summary>One of the MSP's own pages: staff only (<see cref="UserPolicies.Staff"/>).</summary>
    public bool IsStaffOnly => AuthorizeData.Any(a => a.Policy == UserPolicies.Staff);

    /// <summary>Every permission the route requires (a page may need several: its own and its base model's).</summary>
    public IReadOnlySet<string> Permissions =>
        AuthorizeData.Select(a => a.Policy).OfType<string>().Where(PermissionKeys.IsKnown).ToHashSet(StringComparer.Ordinal);

    /// <summary>A URL of the route with dummy values: records that do not exist (a 404 is fine), "novo" for a new entry.</summary>
    public string Url => "/" + string.Join('/', Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(Fill))));

    /// <summary>Whether <paramref name="user"/> passes the route's authorization (what PageAccess decides for literal routes).</summary>
    public async Task<bool> AdmitsAsync(IServiceProvider services, ClaimsPrincipal user)
    {
        if (IsAnonymous)
        {
            return true;
        }

        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(policies, AuthorizeData, Metadata.GetOrderedMetadata<AuthorizationPolicy>())
            ?? await policies.GetFallbackPolicyAsync();
        return policy is null || (await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, policy)).Succeeded;
    }

    /// <summary>Every Razor Page of the running host, from its endpoint data source.</summary>
    public static async Task<List<PageRoute>> PagesAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var pages = new List<PageRoute>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var metadata = (await loader.LoadAsync(descriptor, endpoint.Metadata)).Endpoint?.Metadata ?? endpoint.Metadata;
                pages.Add(new PageRoute(Normalize(endpoint.RoutePattern.RawText ?? ""), endpoint.RoutePattern, metadata));
            }
        }

        return [.. pages.OrderBy(p => p.Route, StringComparer.Ordinal)];
    }

    /// <summary>A route of the host that is not a page (e.g. the Hangfire dashboard), or null.</summary>
    public static PageRoute? Endpoint(IServiceProvider services, string route) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Normalize(e.RoutePattern.RawText ?? "") == route)
            .Select(e => new PageRoute(route, e.RoutePattern, e.Metadata))
            .FirstOrDefault();

    private static string Normalize(string raw) => "/" + raw.Trim('/');

    private static string Fill(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.NewGuid().ToString(),
        RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "int") => parameter.Name == "code" ? "404" : "999999",
        RoutePatternParameterPart => "novo",
        _ => throw new InvalidOperationException(part.ToString()),
    };
}
