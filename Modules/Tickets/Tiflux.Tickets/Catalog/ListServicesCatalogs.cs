using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

internal sealed class ListServicesCatalogs(TicketsDbContext db)
{
    public Task<PagedList<ServicesCatalogDto>> HandleAsync(CatalogListRequest request, CancellationToken cancellationToken)
    {
        var query = db.ServicesCatalogs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            var pattern = CatalogProjections.Pattern(request.Name);
            query = query.Where(c => EF.Functions.ILike(c.Name, pattern, LikePattern.Escape));
        }

        if (request.Active is { } active)
        {
            query = query.Where(c => c.Active == active);
        }

        return CatalogProjections.PageAsync(query.OrderBy(c => c.Name).ThenBy(c => c.Id), CatalogProjections.CatalogDto, request.Page, request.PageSize, cancellationToken);
    }
}
