using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

/// <summary>One catalog, area or item by id (null when unknown), for the edit forms and the API's single-record routes.</summary>
internal sealed class GetCatalogRecords(TicketsDbContext db)
{
    public Task<ServicesCatalogDto?> CatalogAsync(Guid id, CancellationToken cancellationToken) =>
        CatalogProjections.Catalogs(db).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<ServicesCatalogAreaDto?> AreaAsync(Guid id, CancellationToken cancellationToken) =>
        CatalogProjections.Areas(db).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<ServicesCatalogItemDto?> ItemAsync(Guid id, CancellationToken cancellationToken) =>
        CatalogProjections.Items(db).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
}
