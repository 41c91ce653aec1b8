using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

/// <summary>An item with its area and catalog (filters and ordering apply to these before the DTO is made).</summary>
internal sealed class CatalogItemJoin
{
    public required ServicesCatalogItem Item { get; init; }

    public required ServicesCatalogArea Area { get; init; }

    public required ServicesCatalog Catalog { get; init; }
}

/// <summary>An area with its catalog.</summary>
internal sealed class CatalogAreaJoin
{
    public required ServicesCatalogArea Area { get; init; }

    public required ServicesCatalog Catalog { get; init; }
}

/// <summary>The catalog's rows joined to their parents, their DTO projections, and paging by name.</summary>
internal static class CatalogProjections
{
    public static readonly Expression<Func<ServicesCatalog, ServicesCatalogDto>> CatalogDto = c => new ServicesCatalogDto(c.Id, c.Name, c.Active);

    public static readonly Expression<Func<CatalogAreaJoin, ServicesCatalogAreaDto>> AreaDto =
        x => new ServicesCatalogAreaDto(x.Area.Id, x.Catalog.Id, x.Catalog.Name, x.Area.Name, x.Area.Active);

    public static readonly Expression<Func<CatalogItemJoin, ServicesCatalogItemDto>> ItemDto = x => new ServicesCatalogItemDto(
        x.Item.Id, x.Area.Id, x.Area.Name, x.Catalog.Id, x.Catalog.Name, x.Item.Name, x.Item.AttendanceMinutes, x.Item.SolutionMinutes, x.Item.Active);

    public static readonly Expression<Func<CatalogItemJoin, CatalogItemRefDto>> ItemRef =
        x => new CatalogItemRefDto(x.Item.Id, x.Item.Name, x.Area.Id, x.Area.Name, x.Catalog.Id, x.Catalog.Name);

    public static IQueryable<CatalogAreaJoin> Areas(TicketsDbContext db) =>
        from a in db.ServicesCatalogAreas.AsNoTracking()
        join c in db.ServicesCatalogs.AsNoTracking() on a.CatalogId equals c.Id
        select new CatalogAreaJoin { Area = a, Catalog = c };

    public static IQueryable<CatalogItemJoin> Items(TicketsDbContext db) =>
        from i in db.ServicesCatalogItems.AsNoTracking()
        join a in db.ServicesCatalogAreas.AsNoTracking() on i.AreaId equals a.Id
        join c in db.ServicesCatalogs.AsNoTracking() on a.CatalogId equals c.Id
        select new CatalogItemJoin { Item = i, Area = a, Catalog = c };

    /// <summary>The items a ticket of the desk may pick: active items of active areas of active catalogs linked to the desk.</summary>
    public static IQueryable<CatalogItemJoin> Selectable(TicketsDbContext db, Guid deskId) =>
        Items(db).Where(x => x.Item.Active && x.Area.Active && x.Catalog.Active
            && db.DeskCatalogLinks.Any(l => l.DeskId == deskId && l.CatalogId == x.Catalog.Id));

    /// <summary>The ticket's view of an item, whatever its state (an inactive item stays on its tickets); null without one.</summary>
    public static async Task<CatalogItemRefDto?> RefAsync(TicketsDbContext db, Guid? itemId, CancellationToken cancellationToken) =>
        itemId is { } id ? await Items(db).Where(x => x.Item.Id == id).Select(ItemRef).SingleOrDefaultAsync(cancellationToken) : null;

    /// <summary>"Catálogo › Área › Item" for the history, or null without an item.</summary>
    public static async Task<string?> LabelAsync(TicketsDbContext db, Guid? itemId, CancellationToken cancellationToken) =>
        (await RefAsync(db, itemId, cancellationToken))?.Label;

    /// <summary>The ILIKE pattern of a name filter (case-insensitive contains, wildcards literal).</summary>
    public static string Pattern(string? name) => LikePattern.Contains(name?.Trim() ?? "");

    /// <summary>One page of <paramref name="ordered"/> as DTOs, with the count of every match.</summary>
    public static async Task<PagedList<TDto>> PageAsync<TRow, TDto>(
        IQueryable<TRow> ordered, Expression<Func<TRow, TDto>> projection, int page, int pageSize, CancellationToken cancellationToken)
    {
        var size = PagedList.Size(pageSize);
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(PagedList.Skip(page, size)).Take(size).Select(projection).ToListAsync(cancellationToken);
        return new PagedList<TDto>(items, page, size, total);
    }
}
