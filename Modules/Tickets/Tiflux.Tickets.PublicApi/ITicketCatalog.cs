using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>
/// The service catalog (service-desk.md §7): catalogs, areas and items, soft-deleted; the catalogs each desk offers and
/// whether the desk requires an item to open or close a ticket.
/// </summary>
public interface ITicketCatalog
{
    /// <summary>A filtered page of catalogs, by name.</summary>
    Task<PagedList<ServicesCatalogDto>> ListCatalogsAsync(CatalogListRequest request, CancellationToken cancellationToken);

    /// <summary>One catalog, or null.</summary>
    Task<ServicesCatalogDto?> GetCatalogAsync(Guid id, CancellationToken cancellationToken);

    Task<Result<Guid>> SaveCatalogAsync(SaveServicesCatalogRequest request, CancellationToken cancellationToken);

    /// <summary>Deactivates the catalog, its areas and their items.</summary>
    Task<Result> DeleteCatalogAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A filtered page of the catalog's areas, by name.</summary>
    Task<PagedList<ServicesCatalogAreaDto>> ListAreasAsync(Guid catalogId, CatalogListRequest request, CancellationToken cancellationToken);

    /// <summary>One area, or null.</summary>
    Task<ServicesCatalogAreaDto?> GetAreaAsync(Guid id, CancellationToken cancellationToken);

    Task<Result<Guid>> SaveAreaAsync(SaveCatalogAreaRequest request, CancellationToken cancellationToken);

    /// <summary>Deactivates the area and its items.</summary>
    Task<Result> DeleteAreaAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A filtered page of the area's items, by name.</summary>
    Task<PagedList<ServicesCatalogItemDto>> ListItemsAsync(Guid areaId, CatalogListRequest request, CancellationToken cancellationToken);

    /// <summary>One item, or null.</summary>
    Task<ServicesCatalogItemDto?> GetItemAsync(Guid id, CancellationToken cancellationToken);

    Task<Result<Guid>> SaveItemAsync(SaveCatalogItemRequest request, CancellationToken cancellationToken);

    /// <summary>Deactivates the item; tickets that carry it keep it.</summary>
    Task<Result> DeleteItemAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The desk's catalog settings, or null for an unknown desk.</summary>
    Task<DeskCatalogSettingsDto?> GetDeskSettingsAsync(Guid deskId, CancellationToken cancellationToken);

    /// <summary>Links the desk to exactly these catalogs and sets its two flags.</summary>
    Task<Result> SaveDeskSettingsAsync(DeskCatalogSettingsDto settings, CancellationToken cancellationToken);

    /// <summary>The active catalogs linked to the desk, by name.</summary>
    Task<PagedList<ServicesCatalogDto>> ListDeskCatalogsAsync(Guid deskId, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>The items a ticket of the desk may pick: active items of active areas of active catalogs linked to it.</summary>
    Task<PagedList<ServicesCatalogItemDto>> ListDeskItemsAsync(DeskCatalogItemsRequest request, CancellationToken cancellationToken);
}
