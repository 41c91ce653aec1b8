using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

/// <summary>The active catalogs linked to a desk.</summary>
internal sealed class ListDeskCatalogs(TicketsDbContext db)
{
    public Task<PagedList<ServicesCatalogDto>> HandleAsync(Guid deskId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.ServicesCatalogs.AsNoTracking()
            .Where(c => c.Active && db.DeskCatalogLinks.Any(l => l.DeskId == deskId && l.CatalogId == c.Id));
        return CatalogProjections.PageAsync(query.OrderBy(c => c.Name).ThenBy(c => c.Id), CatalogProjections.CatalogDto, page, pageSize, cancellationToken);
    }
}
