using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

/// <summary>The catalog's rows as DTOs (areas and items carry their parents' names), and paging by name.</summary>
internal static class CatalogProjections
{
    public static IQueryable<ServicesCatalogDto> Catalogs(TicketsDbContext db) =>
        db.ServicesCatalogs.AsNoTracking().Select(c => new ServicesCatalogDto(c.Id, c.Name, c.Active));

    public static IQueryable<ServicesCatalogAreaDto> Areas(TicketsDbContext db) =>
        from a in db.ServicesCatalogAreas.AsNoTracking()
        join c in db.ServicesCatalogs on a.CatalogId equals c.Id
        select new ServicesCatalogAreaDto(a.Id, c.Id, c.Name, a.Name, a.Active);

    public static IQueryable<ServicesCatalogItemDto> Items(TicketsDbContext db) =>
        from i in db.ServicesCatalogItems.AsNoTracking()
        join a in db.ServicesCatalogAreas on i.AreaId equals a.Id
        join c in db.ServicesCatalogs on a.CatalogId equals c.Id
        select new ServicesCatalogItemDto(i.Id, a.Id, a.Name, c.Id, c.Name, i.Name, i.AttendanceMinutes, i.SolutionMinutes, i.Active);

    /// <summary>The ticket's view of an item, whatever its state (an inactive item stays on its tickets).</summary>
    public static IQueryable<CatalogItemRefDto> ItemRefs(TicketsDbContext db) =>
        from i in db.ServicesCatalogItems
        join a in db.ServicesCatalogAreas on i.AreaId equals a.Id
        join c in db.ServicesCatalogs on a.CatalogId equals c.Id
        select new CatalogItemRefDto(i.Id, i.Name, a.Id, a.Name, c.Id, c.Name);

    /// <summary>The items a ticket of the desk may pick: active items of active areas of active catalogs linked to the desk.</summary>
    public static IQueryable<ServicesCatalogItemDto> Selectable(TicketsDbContext db, Guid deskId) =>
        from i in db.ServicesCatalogItems.AsNoTracking()
        join a in db.ServicesCatalogAreas on i.AreaId equals a.Id
        join c in db.ServicesCatalogs on a.CatalogId equals c.Id
        where i.Active && a.Active && c.Active && db.DeskCatalogLinks.Any(l => l.DeskId == deskId && l.CatalogId == c.Id)
        select new ServicesCatalogItemDto(i.Id, a.Id, a.Name, c.Id, c.Name, i.Name, i.AttendanceMinutes, i.SolutionMinutes, true);

    /// <summary>"Catálogo › Área › Item" for the history, or null without an item.</summary>
    public static async Task<string?> LabelAsync(TicketsDbContext db, Guid? itemId, CancellationToken cancellationToken) =>
        itemId is { } id ? (await ItemRefs(db).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken))?.Label : null;

    /// <summary>The ILIKE pattern of a name filter (case-insensitive contains, wildcards literal).</summary>
    public static string Pattern(string? name) => LikePattern.Contains(name?.Trim() ?? "");

    /// <summary>One page, with the count of every match.</summary>
    public static async Task<PagedList<T>> PageAsync<T>(IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken)
    {
        var size = PagedList.Size(pageSize);
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(PagedList.Skip(page, size)).Take(size).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, size, total);
    }
}
