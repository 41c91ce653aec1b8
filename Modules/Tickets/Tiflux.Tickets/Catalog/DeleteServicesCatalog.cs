using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Catalog;

/// <summary>Soft delete: the catalog, its areas and their items become inactive; tickets keep their items.</summary>
internal sealed class DeleteServicesCatalog(TicketsDbContext db)
{
    public async Task<Result> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var catalog = await db.ServicesCatalogs.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (catalog is null)
        {
            return Result.Failure(CatalogErrors.CatalogNotFound);
        }

        await CatalogCascade.DeactivateCatalogAsync(db, catalog, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
