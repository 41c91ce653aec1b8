using Tiflux.SharedKernel;

namespace Tiflux.Contracts.PublicApi;

/// <summary>Client management for the pages and the API (Clientes).</summary>
public interface IClientsAdministration
{
    /// <summary>Clients matching the filters, ordered by name.</summary>
    Task<PagedList<ClientListItemDto>> ListClientsAsync(ClientListRequest request, CancellationToken cancellationToken);

    /// <summary>A client with its resource groups, resources and contracts; null when missing.</summary>
    Task<ClientDetailsDto?> GetClientDetailsAsync(Guid clientId, CancellationToken cancellationToken);

    /// <summary>Creates a client; CPF/CNPJ check digits are verified and the number must be unique.</summary>
    Task<Result<Guid>> CreateClientAsync(SaveClientRequest request, CancellationToken cancellationToken);

    /// <summary>Updates a client's data.</summary>
    Task<Result> UpdateClientAsync(Guid clientId, SaveClientRequest request, CancellationToken cancellationToken);

    /// <summary>Activates or inactivates; inactivation is refused while the client has active contracts or open work.</summary>
    Task<Result> SetClientActiveAsync(Guid clientId, bool active, CancellationToken cancellationToken);

    /// <summary>
    /// Turns the authorization of new portal tickets on or off. The caller checks first that the client has an active
    /// authoriser: client users live in the host's identity, not here.
    /// </summary>
    Task<Result> SetAuthorizationFlowAsync(Guid clientId, bool on, CancellationToken cancellationToken);

    /// <summary>Resource groups of one client, or of every client (null), by client and name.</summary>
    Task<IReadOnlyList<ResourceGroupDto>> ListResourceGroupsAsync(Guid? clientId, CancellationToken cancellationToken);

    /// <summary>Resources of one client, or of every client (null), by client and name.</summary>
    Task<IReadOnlyList<ResourceDto>> ListResourcesAsync(Guid? clientId, CancellationToken cancellationToken);

    /// <summary>Adds a resource group (grupo de recurso) to a client.</summary>
    Task<Result<Guid>> AddResourceGroupAsync(Guid clientId, string name, CancellationToken cancellationToken);

    /// <summary>Adds a resource (equipment) to a client, optionally in one of its groups.</summary>
    Task<Result<Guid>> AddResourceAsync(AddResourceRequest request, CancellationToken cancellationToken);
}

/// <summary>Filters of the client list.</summary>
public sealed record ClientListRequest(string? Search, bool? Active, int Page = 1, int PageSize = 25);

/// <summary>The editable data of a client.</summary>
public sealed record SaveClientRequest(
    string Name,
    string LegalName,
    string TaxId,
    IReadOnlyList<string> FinanceEmails,
    ClosingReportLayout ReportLayout,
    string Notes);

/// <summary>A new resource of a client.</summary>
public sealed record AddResourceRequest(Guid ClientId, string Name, string Description, Guid? ResourceGroupId);

/// <summary>A row of the client list.</summary>
public sealed record ClientListItemDto(Guid Id, string Name, string LegalName, string TaxIdFormatted, bool Active, int ActiveContracts);

/// <summary>A client with everything its page shows.</summary>
public sealed record ClientDetailsDto(
    ClientSummary Client,
    string Notes,
    IReadOnlyList<ResourceGroupDto> ResourceGroups,
    IReadOnlyList<ResourceDto> Resources,
    IReadOnlyList<ContractListItemDto> Contracts);

/// <summary>A resource group of a client.</summary>
public sealed record ResourceGroupDto(Guid Id, string Name)
{
    public Guid ClientId { get; init; }
}
