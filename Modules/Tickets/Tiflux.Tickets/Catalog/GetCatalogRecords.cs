using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

/// <summary>One catalog, area or item by id (null when unknown), for the edit forms and the API's single-record routes.</summary>
internal sealed class GetCatalogRecords(TicketsDbContext db)
{
    public Task<ServicesCatalogDto?> CatalogAsync(Guid id, CancellationToken cancellationToken) =>
        db.ServicesCatalogs.AsNoTracking().Where(c => c.Id == id).Select(CatalogProjections.CatalogDto).SingleOrDefaultAsync(cancellationToken);

    public Task<ServicesCatalogAreaDto?> AreaAsync(Guid id, CancellationToken cancellationToken) =>
        CatalogProjections.Areas(db).Where(x => x.Area.Id == id).Select(CatalogProjections.AreaDto).SingleOrDefaultAsync(cancellationToken);

    public Task<ServicesCatalogItemDto?> ItemAsync(Guid id, CancellationToken cancellationToken) =>
        CatalogProjections.Items(db).Where(x => x.Item.Id == id).Select(CatalogProjections.ItemDto).SingleOrDefaultAsync(cancellationToken);
}
