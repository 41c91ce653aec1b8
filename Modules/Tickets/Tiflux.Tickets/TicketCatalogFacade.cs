using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Catalog;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketCatalogFacade(IServiceProvider services) : ITicketCatalog
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<PagedList<ServicesCatalogDto>> ListCatalogsAsync(CatalogListRequest request, CancellationToken cancellationToken) =>
        Get<ListServicesCatalogs>().HandleAsync(request, cancellationToken);

    public Task<ServicesCatalogDto?> GetCatalogAsync(Guid id, CancellationToken cancellationToken) =>
        Get<GetCatalogRecords>().CatalogAsync(id, cancellationToken);

    public Task<Result<Guid>> SaveCatalogAsync(SaveServicesCatalogRequest request, CancellationToken cancellationToken) =>
        Get<SaveServicesCatalog>().HandleAsync(request, cancellationToken);

    public Task<Result> DeleteCatalogAsync(Guid id, CancellationToken cancellationToken) =>
        Get<DeleteServicesCatalog>().HandleAsync(id, cancellationToken);

    public Task<PagedList<ServicesCatalogAreaDto>> ListAreasAsync(Guid catalogId, CatalogListRequest request, CancellationToken cancellationToken) =>
        Get<ListCatalogAreas>().HandleAsync(catalogId, request, cancellationToken);

    public Task<ServicesCatalogAreaDto?> GetAreaAsync(Guid id, CancellationToken cancellationToken) =>
        Get<GetCatalogRecords>().AreaAsync(id, cancellationToken);

    public Task<Result<Guid>> SaveAreaAsync(SaveCatalogAreaRequest request, CancellationToken cancellationToken) =>
        Get<SaveCatalogArea>().HandleAsync(request, cancellationToken);

    public Task<Result> DeleteAreaAsync(Guid id, CancellationToken cancellationToken) =>
        Get<DeleteCatalogArea>().HandleAsync(id, cancellationToken);

    public Task<PagedList<ServicesCatalogItemDto>> ListItemsAsync(Guid areaId, CatalogListRequest request, CancellationToken cancellationToken) =>
        Get<ListCatalogItems>().HandleAsync(areaId, request, cancellationToken);

    public Task<ServicesCatalogItemDto?> GetItemAsync(Guid id, CancellationToken cancellationToken) =>
        Get<GetCatalogRecords>().ItemAsync(id, cancellationToken);

    public Task<Result<Guid>> SaveItemAsync(SaveCatalogItemRequest request, CancellationToken cancellationToken) =>
        Get<SaveCatalogItem>().HandleAsync(request, cancellationToken);

    public Task<Result> DeleteItemAsync(Guid id, CancellationToken cancellationToken) =>
        Get<DeleteCatalogItem>().HandleAsync(id, cancellationToken);

    public Task<DeskCatalogSettingsDto?> GetDeskSettingsAsync(Guid deskId, CancellationToken cancellationToken) =>
        Get<GetDeskCatalogSettings>().HandleAsync(deskId, cancellationToken);

    public Task<Result> SaveDeskSettingsAsync(DeskCatalogSettingsDto settings, CancellationToken cancellationToken) =>
        Get<SaveDeskCatalogSettings>().HandleAsync(settings, cancellationToken);

    public Task<PagedList<ServicesCatalogDto>> ListDeskCatalogsAsync(Guid deskId, int page, int pageSize, CancellationToken cancellationToken) =>
        Get<ListDeskCatalogs>().HandleAsync(deskId, page, pageSize, cancellationToken);

    public Task<PagedList<ServicesCatalogItemDto>> ListDeskItemsAsync(DeskCatalogItemsRequest request, CancellationToken cancellationToken) =>
        Get<ListDeskCatalogItems>().HandleAsync(request, cancellationToken);
}
