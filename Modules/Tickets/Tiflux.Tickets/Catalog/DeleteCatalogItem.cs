using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Catalog;

/// <summary>Soft delete: the item is no longer offered; tickets that carry it keep it (without warning, as Tiflux).</summary>
internal sealed class DeleteCatalogItem(TicketsDbContext db)
{
    public async Task<Result> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await db.ServicesCatalogItems.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return Result.Failure(CatalogErrors.ItemNotFound);
        }

        item.Active = false;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
