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
            query = query.Where(i => i.AreaId == areaId);
        }

        if (request.CatalogId is { } catalogId)
        {
            query = query.Where(i => i.CatalogId == catalogId);
        }

        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            var pattern = CatalogProjections.Pattern(request.Name);
            query = query.Where(i => EF.Functions.ILike(i.Name, pattern, LikePattern.Escape));
        }

        return CatalogProjections.PageAsync(
            query.OrderBy(i => i.CatalogName).ThenBy(i => i.AreaName).ThenBy(i => i.Name).ThenBy(i => i.Id), request.Page, request.PageSize, cancellationToken);
    }
}
