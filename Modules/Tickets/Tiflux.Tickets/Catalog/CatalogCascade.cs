using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Catalog;

/// <summary>Soft deletes (service-desk.md §7): a catalog takes its areas and items along, an area its items. Tracked: one save.</summary>
internal static class CatalogCascade
{
    public static async Task DeactivateCatalogAsync(TicketsDbContext db, ServicesCatalog catalog, CancellationToken cancellationToken)
    {
        catalog.Active = false;
        var areas = await db.ServicesCatalogAreas.Where(a => a.CatalogId == catalog.Id && a.Active).ToListAsync(cancellationToken);
        foreach (var area in areas)
        {
            area.Active = false;
        }

        var items = await db.ServicesCatalogItems
            .Where(i => i.Active && db.ServicesCatalogAreas.Any(a => a.Id == i.AreaId && a.CatalogId == catalog.Id))
            .ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            item.Active = false;
        }
    }

    public static async Task DeactivateAreaAsync(TicketsDbContext db, ServicesCatalogArea area, CancellationToken cancellationToken)
    {
        area.Active = false;
        var items = await db.ServicesCatalogItems.Where(i => i.AreaId == area.Id && i.Active).ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            item.Active = false;
        }
    }
}
