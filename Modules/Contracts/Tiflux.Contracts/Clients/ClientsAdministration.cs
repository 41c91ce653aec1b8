using Microsoft.Extensions.DependencyInjection;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class ClientsAdministration(IServiceProvider services) : IClientsAdministration
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<PagedList<ClientListItemDto>> ListClientsAsync(ClientListRequest request, CancellationToken cancellationToken) =>
        Get<ListClients>().HandleAsync(request, cancellationToken);

    public Task<IReadOnlyList<ResourceGroupDto>> ListResourceGroupsAsync(Guid? clientId, CancellationToken cancellationToken) =>
        Get<ListResourceGroups>().HandleAsync(clientId, cancellationToken);

    public Task<IReadOnlyList<ResourceDto>> ListResourcesAsync(Guid? clientId, CancellationToken cancellationToken) =>
        Get<ListResources>().HandleAsync(clientId, cancellationToken);

    public Task<ClientDetailsDto?> GetClientDetailsAsync(Guid clientId, CancellationToken cancellationToken) =>
        Get<GetClientDetails>().HandleAsync(clientId, cancellationToken);

    public Task<Result<Guid>> CreateClientAsync(SaveClientRequest request, CancellationToken cancellationToken) =>
        Get<CreateClient>().HandleAsync(request, cancellationToken);

    public Task<Result> UpdateClientAsync(Guid clientId, SaveClientRequest request, CancellationToken cancellationToken) =>
        Get<UpdateClient>().HandleAsync(clientId, request, cancellationToken);

    public Task<Result> SetClientActiveAsync(Guid clientId, bool active, CancellationToken cancellationToken) =>
        Get<SetClientActive>().HandleAsync(clientId, active, cancellationToken);

    public Task<Result> SetAuthorizationFlowAsync(Guid clientId, bool on, CancellationToken cancellationToken) =>
        Get<SetAuthorizationFlow>().HandleAsync(clientId, on, cancellationToken);

    public Task<Result<Guid>> AddResourceGroupAsync(Guid clientId, string name, CancellationToken cancellationToken) =>
        Get<AddResourceGroup>().HandleAsync(clientId, name, cancellationToken);

    public Task<Result<Guid>> AddResourceAsync(AddResourceRequest request, CancellationToken cancellationToken) =>
        Get<AddResource>().HandleAsync(request, cancellationToken);
}
