using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

internal sealed class GetDeskCatalogSettings(TicketsDbContext db)
{
    public async Task<DeskCatalogSettingsDto?> HandleAsync(Guid deskId, CancellationToken cancellationToken)
    {
        var flags = await db.Desks.AsNoTracking().Where(d => d.Id == deskId)
            .Select(d => new { d.RequireCatalogItemToOpen, d.RequireCatalogItemToClose })
            .SingleOrDefaultAsync(cancellationToken);
        if (flags is null)
        {
            return null;
        }

        var catalogIds = await db.DeskCatalogLinks.AsNoTracking().Where(l => l.DeskId == deskId).Select(l => l.CatalogId).ToListAsync(cancellationToken);
        return new DeskCatalogSettingsDto(deskId, catalogIds, flags.RequireCatalogItemToOpen, flags.RequireCatalogItemToClose);
    }
}
