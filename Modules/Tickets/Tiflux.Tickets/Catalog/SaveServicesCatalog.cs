using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

/// <summary>Creates or changes a catalog; deactivating it deactivates its areas and items (reactivating does not bring them back).</summary>
internal sealed class SaveServicesCatalog(TicketsDbContext db)
{
    public async Task<Result<Guid>> HandleAsync(SaveServicesCatalogRequest request, CancellationToken cancellationToken)
    {
        var name = CatalogValidation.Name(request.Name, "do catálogo");
        if (!name.IsSuccess)
        {
            return Result<Guid>.Failure(name.Errors);
        }

        var normalized = CatalogNames.Normalize(name.Value);
        ServicesCatalog? catalog;
        if (request.Id is { } id)
        {
            catalog = await db.ServicesCatalogs.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (catalog is null)
            {
                return CatalogErrors.CatalogNotFound;
            }
        }
        else
        {
            catalog = new ServicesCatalog { Name = name.Value, NormalizedName = normalized };
            db.ServicesCatalogs.Add(catalog);
        }

        if (request.Active && await db.ServicesCatalogs.AnyAsync(c => c.Active && c.NormalizedName == normalized && c.Id != catalog.Id, cancellationToken))
        {
            return CatalogValidation.Taken(CatalogErrors.CatalogTaken);
        }

        catalog.Name = name.Value;
        catalog.NormalizedName = normalized;
        if (catalog.Active && !request.Active)
        {
            await CatalogCascade.DeactivateCatalogAsync(db, catalog, cancellationToken);
        }

        catalog.Active = request.Active;
        var saved = await CatalogValidation.SaveAsync(db, CatalogErrors.CatalogTaken, cancellationToken);
        return saved.IsSuccess ? Result<Guid>.Success(catalog.Id) : Result<Guid>.Failure(saved.Errors);
    }
}
