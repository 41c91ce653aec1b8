using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

/// <summary>The items a ticket of the desk may pick, by catalog, area and name.</summary>
internal sealed class ListDeskCatalogItems(TicketsDbContext db)
{
    public Task<PagedList<ServicesCatalogItemDto>> HandleAsync(DeskCatalogItemsRequest request, CancellationToken cancellationToken)
    {
        var query = CatalogProjections.Selectable(db, request.DeskId);
        if (request.AreaId is { } areaId)
        {
            query = query.Where(x => x.Area.Id == areaId);
        }

        if (request.CatalogId is { } catalogId)
        {
            query = query.Where(x => x.Catalog.Id == catalogId);
        }

        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            var pattern = CatalogProjections.Pattern(request.Name);
            query = query.Where(x => EF.Functions.ILike(x.Item.Name, pattern, LikePattern.Escape));
        }

        return CatalogProjections.PageAsync(
            query.OrderBy(x => x.Catalog.Name).ThenBy(x => x.Area.Name).ThenBy(x => x.Item.Name).ThenBy(x => x.Item.Id),
            CatalogProjections.ItemDto,
            request.Page, request.PageSize, cancellationToken);
    }
}
