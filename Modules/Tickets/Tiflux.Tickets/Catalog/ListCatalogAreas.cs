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
        var query = CatalogProjections.Areas(db).Where(x => x.Area.CatalogId == catalogId);
        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            var pattern = CatalogProjections.Pattern(request.Name);
            query = query.Where(x => EF.Functions.ILike(x.Area.Name, pattern, LikePattern.Escape));
        }

        if (request.Active is { } active)
        {
            query = query.Where(x => x.Area.Active == active);
        }

        return CatalogProjections.PageAsync(query.OrderBy(x => x.Area.Name).ThenBy(x => x.Area.Id), CatalogProjections.AreaDto, request.Page, request.PageSize, cancellationToken);
    }
}
