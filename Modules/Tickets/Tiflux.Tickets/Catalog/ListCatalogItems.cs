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
        var query = CatalogProjections.Items(db).Where(x => x.Item.AreaId == areaId);
        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            var pattern = CatalogProjections.Pattern(request.Name);
            query = query.Where(x => EF.Functions.ILike(x.Item.Name, pattern, LikePattern.Escape));
        }

        if (request.Active is { } active)
        {
            query = query.Where(x => x.Item.Active == active);
        }

        return CatalogProjections.PageAsync(query.OrderBy(x => x.Item.Name).ThenBy(x => x.Item.Id), CatalogProjections.ItemDto, request.Page, request.PageSize, cancellationToken);
    }
}
