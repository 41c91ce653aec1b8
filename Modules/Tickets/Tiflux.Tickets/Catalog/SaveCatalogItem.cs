using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

/// <summary>
/// Creates or changes an item of an area. Its times (0..999:59, solution ≥ attendance) are the default SLA of the
/// tickets that carry it; tickets keep a deactivated item. An inactive area takes no active item.
/// </summary>
internal sealed class SaveCatalogItem(TicketsDbContext db)
{
    public async Task<Result<Guid>> HandleAsync(SaveCatalogItemRequest request, CancellationToken cancellationToken)
    {
        var area = await db.ServicesCatalogAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.AreaId, cancellationToken);
        if (area is null)
        {
            return CatalogErrors.AreaNotFound;
        }

        var errors = new List<Error>();
        var name = CatalogValidation.Name(request.Name, "do item");
        errors.AddRange(name.Errors);
        errors.AddRange(CatalogValidation.Times(request.AttendanceMinutes, request.SolutionMinutes));
        if (request.Active && !area.Active)
        {
            errors.Add(Error.Rule(CatalogValidation.ParentInactive, "Active", "A área deste item está inativa; reative a área antes."));
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        var normalized = CatalogNames.Normalize(name.Value);
        ServicesCatalogItem? item;
        if (request.Id is { } id)
        {
            item = await db.ServicesCatalogItems.SingleOrDefaultAsync(i => i.Id == id && i.AreaId == request.AreaId, cancellationToken);
            if (item is null)
            {
                return CatalogErrors.ItemNotFound;
            }
        }
        else
        {
            item = new ServicesCatalogItem { AreaId = area.Id, Name = name.Value, NormalizedName = normalized };
            db.ServicesCatalogItems.Add(item);
        }

        if (request.Active && await db.ServicesCatalogItems.AnyAsync(
            i => i.AreaId == area.Id && i.Active && i.NormalizedName == normalized && i.Id != item.Id, cancellationToken))
        {
            return CatalogValidation.Taken(CatalogErrors.ItemTaken);
        }

        item.Name = name.Value;
        item.NormalizedName = normalized;
        item.AttendanceMinutes = request.AttendanceMinutes;
        item.SolutionMinutes = request.SolutionMinutes;
        item.Active = request.Active;
        var saved = await CatalogValidation.SaveAsync(db, CatalogErrors.ItemTaken, cancellationToken);
        return saved.IsSuccess ? Result<Guid>.Success(item.Id) : Result<Guid>.Failure(saved.Errors);
    }
}
