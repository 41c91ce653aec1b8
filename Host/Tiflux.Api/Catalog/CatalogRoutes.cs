using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;

namespace Tiflux.Api.Catalog;

/// <summary>What the catalog routes (standalone services, travels, extra expenses) share: paging and finding by API id.</summary>
internal static class CatalogRoutes
{
    public static Paging Paging(HttpContext http)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        return paging;
    }

    public static async Task<T> FindAsync<T>(
        string id, PublicIdKind kind, string what, Func<CancellationToken, Task<IReadOnlyList<T>>> list, Func<T, Guid> key, PublicIds ids, CancellationToken cancellationToken)
        where T : class
    {
        var internalId = await AutomationSupport.ResolveAsync(ids, kind, id, what, cancellationToken);
        return (await list(cancellationToken)).FirstOrDefault(x => key(x) == internalId) ?? throw ApiPath.NotFound(what, id);
    }
}
