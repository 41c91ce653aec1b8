using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

/// <summary>Creates or changes an area of a catalog; deactivating it deactivates its items. An inactive catalog takes no active area.</summary>
internal sealed class SaveCatalogArea(TicketsDbContext db)
{
    public async Task<Result<Guid>> HandleAsync(SaveCatalogAreaRequest request, CancellationToken cancellationToken)
    {
        var catalog = await db.ServicesCatalogs.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CatalogId, cancellationToken);
        if (catalog is null)
        {
            return CatalogErrors.CatalogNotFound;
        }

        var name = CatalogValidation.Name(request.Name, "da área");
        if (!name.IsSuccess)
        {
            return Result<Guid>.Failure(name.Errors);
        }

        if (request.Active && !catalog.Active)
        {
            return Error.Rule(CatalogValidation.ParentInactive, "Active", "O catálogo desta área está inativo; reative o catálogo antes.");
        }

        var normalized = CatalogNames.Normalize(name.Value);
        ServicesCatalogArea? area;
        if (request.Id is { } id)
        {
            area = await db.ServicesCatalogAreas.SingleOrDefaultAsync(a => a.Id == id && a.CatalogId == request.CatalogId, cancellationToken);
            if (area is null)
            {
                return CatalogErrors.AreaNotFound;
            }
        }
        else
        {
            area = new ServicesCatalogArea { CatalogId = catalog.Id, Name = name.Value, NormalizedName = normalized };
            db.ServicesCatalogAreas.Add(area);
        }

        if (request.Active && await db.ServicesCatalogAreas.AnyAsync(
            a => a.CatalogId == catalog.Id && a.Active && a.NormalizedName == normalized && a.Id != area.Id, cancellationToken))
        {
            return CatalogValidation.Taken(CatalogErrors.AreaTaken);
        }

        area.Name = name.Value;
        area.NormalizedName = normalized;
        if (area.Active && !request.Active)
        {
            await CatalogCascade.DeactivateAreaAsync(db, area, cancellationToken);
        }

        area.Active = request.Active;
        var saved = await CatalogValidation.SaveAsync(db, CatalogErrors.AreaTaken, cancellationToken);
        return saved.IsSuccess ? Result<Guid>.Success(area.Id) : Result<Guid>.Failure(saved.Errors);
    }
}
