using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

internal sealed class ListCatalogAreas(TicketsDbContext db)
{
    public Task<PagedList<ServicesCatalogAreaDto>> HandleAsync(Guid catalogId, CatalogListRequest request, CancellationToken cancellationToken)
    {
        var query = CatalogProjections.Areas(db).Where(a => a.CatalogId == catalogId);
        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            var pattern = CatalogProjections.Pattern(request.Name);
            query = query.Where(a => EF.Functions.ILike(a.Name, pattern, LikePattern.Escape));
        }

        if (request.Active is { } active)
        {
            query = query.Where(a => a.Active == active);
        }

        return CatalogProjections.PageAsync(query.OrderBy(a => a.Name).ThenBy(a => a.Id), request.Page, request.PageSize, cancellationToken);
    }
}
