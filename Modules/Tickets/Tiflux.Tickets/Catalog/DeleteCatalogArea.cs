using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Catalog;

/// <summary>Soft delete: the area and its items become inactive.</summary>
internal sealed class DeleteCatalogArea(TicketsDbContext db)
{
    public async Task<Result> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var area = await db.ServicesCatalogAreas.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (area is null)
        {
            return Result.Failure(CatalogErrors.AreaNotFound);
        }

        await CatalogCascade.DeactivateAreaAsync(db, area, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
