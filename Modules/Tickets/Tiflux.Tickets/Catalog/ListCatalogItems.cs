using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

internal sealed class ListCatalogItems(TicketsDbContext db)
{
    public Task<PagedList<ServicesCatalogItemDto>> HandleAsync(Guid areaId, CatalogListRequest request, CancellationToken cancellationToken)
    {
        var query = CatalogProjections.Items(db).Where(i => i.AreaId == areaId);
        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            var pattern = CatalogProjections.Pattern(request.Name);
            query = query.Where(i => EF.Functions.ILike(i.Name, pattern, LikePattern.Escape));
        }

        if (request.Active is { } active)
        {
            query = query.Where(i => i.Active == active);
        }

        return CatalogProjections.PageAsync(query.OrderBy(i => i.Name).ThenBy(i => i.Id), request.Page, request.PageSize, cancellationToken);
    }
}
