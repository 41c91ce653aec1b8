using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

/// <summary>
/// Links a desk to exactly the given catalogs and sets whether an item is required to open or close its tickets.
/// Tickets already on the desk keep their items; the rules apply to the next opening, change or closing.
/// </summary>
internal sealed class SaveDeskCatalogSettings(TicketsDbContext db)
{
    public async Task<Result> HandleAsync(DeskCatalogSettingsDto settings, CancellationToken cancellationToken)
    {
        var desk = await db.Desks.SingleOrDefaultAsync(d => d.Id == settings.DeskId, cancellationToken);
        if (desk is null)
        {
            return Result.Failure(Error.NotFound("Mesa de serviço não encontrada."));
        }

        var wanted = settings.CatalogIds.Distinct().ToList();
        var known = await db.ServicesCatalogs.Where(c => wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        if (known.Count != wanted.Count)
        {
            return Result.Failure(Error.Validation("CatalogIds", "Escolha catálogos de serviço existentes."));
        }

        if ((settings.RequireCatalogItemToOpen || settings.RequireCatalogItemToClose) && wanted.Count == 0)
        {
            return Result.Failure(Error.Validation("CatalogIds", "Para exigir um item do catálogo, vincule ao menos um catálogo à mesa."));
        }

        var links = await db.DeskCatalogLinks.Where(l => l.DeskId == desk.Id).ToListAsync(cancellationToken);
        db.DeskCatalogLinks.RemoveRange(links.Where(l => !wanted.Contains(l.CatalogId)));
        db.DeskCatalogLinks.AddRange(wanted.Where(id => !links.Exists(l => l.CatalogId == id)).Select(id => new DeskCatalogLink { DeskId = desk.Id, CatalogId = id }));
        desk.RequireCatalogItemToOpen = settings.RequireCatalogItemToOpen;
        desk.RequireCatalogItemToClose = settings.RequireCatalogItemToClose;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
