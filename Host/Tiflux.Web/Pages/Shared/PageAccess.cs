using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Tiflux.Web.Pages.Shared;

/// <summary>
/// Whether the signed-in user may open a page, decided by that page's own authorization ([Authorize] policy or roles,
/// [AllowAnonymous], the fallback policy) — so menus and buttons show only what opens, without repeating role lists.
/// The page still checks on its own; this only hides links that would answer "Acesso negado".
/// </summary>
public sealed class PageAccess(
    EndpointDataSource endpoints, PageLoader pages, IAuthorizationPolicyProvider policies, IAuthorizationService authorization)
{
    private Dictionary<string, Endpoint>? byPath;

    /// <summary>For a literal route ("/faturamento", "/relatorios/extrato"; a query string is ignored).</summary>
    /// <remarks>An unknown path is not shown: a link to nowhere is hidden rather than a 404.</remarks>
    public async Task<bool> CanOpenAsync(ClaimsPrincipal user, string path)
    {
        if (Find(path) is not { } endpoint)
        {
            return false;
        }

        var metadata = endpoint.Metadata;
        // A page's model (and its [Authorize]) is known only once the page is loaded; the router does the same.
        if (metadata.GetMetadata<PageActionDescriptor>() is { } page and not CompiledPageActionDescriptor)
        {
            metadata = (await pages.LoadAsync(page, metadata)).Endpoint?.Metadata ?? metadata;
        }

        if (metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return true;
        }

        var policy = await AuthorizationPolicy.CombineAsync(
            policies, metadata.GetOrderedMetadata<IAuthorizeData>(), metadata.GetOrderedMetadata<AuthorizationPolicy>());
        return policy is null || (await authorization.AuthorizeAsync(user, policy)).Succeeded;
    }

    private Endpoint? Find(string path)
    {
        byPath ??= Index(endpoints);
        var bare = path.Split('?', '#')[0];
        return byPath.GetValueOrDefault(Normalize(bare));
    }

    /// <summary>Literal routes only (no parameters): what menus link to.</summary>
    private static Dictionary<string, Endpoint> Index(EndpointDataSource source)
    {
        var map = new Dictionary<string, Endpoint>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.RoutePattern.Parameters.Count == 0 && endpoint.RoutePattern.RawText is { } raw)
            {
                map.TryAdd(Normalize(raw), endpoint);
            }
        }

        return map;
    }

    private static string Normalize(string path) => "/" + path.Trim('/');
}
