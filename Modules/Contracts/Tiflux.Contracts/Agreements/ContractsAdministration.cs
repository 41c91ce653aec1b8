using Microsoft.Extensions.DependencyInjection;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class ContractsAdministration(IServiceProvider services) : IContractsAdministration
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<IReadOnlyList<ContractTypeDto>> ListContractTypesAsync(CancellationToken cancellationToken) =>
        Get<ListContractTypes>().HandleAsync(cancellationToken);

    public Task<Result<Guid>> CreateContractTypeAsync(string name, ContractModality modality, CancellationToken cancellationToken) =>
        Get<CreateContractType>().HandleAsync(name, modality, cancellationToken);

    public Task<PagedList<ContractListItemDto>> ListContractsAsync(ContractListRequest request, CancellationToken cancellationToken) =>
        Get<ListContracts>().HandleAsync(request, cancellationToken);

    public Task<ContractDetailsDto?> GetContractDetailsAsync(Guid contractId, CancellationToken cancellationToken) =>
        Get<GetContractDetails>().HandleAsync(contractId, cancellationToken);

    public Task<IReadOnlyList<AdjustmentCandidateDto>> ListAdjustmentsDueAsync(int year, int month, CancellationToken cancellationToken) =>
        Get<ListAdjustmentsDue>().HandleAsync(year, month, cancellationToken);

    public Task<Result<Guid>> CreateContractAsync(CreateContractRequest request, CancellationToken cancellationToken) =>
        Get<CreateContract>().HandleAsync(request, cancellationToken);

    public Task<Result> UpdateContractSettingsAsync(Guid contractId, ContractSettingsRequest request, CancellationToken cancellationToken) =>
        Get<UpdateContractSettings>().HandleAsync(contractId, request, cancellationToken);

    public Task<Result<Guid>> AddRiderAsync(Guid contractId, RiderTermsRequest request, string createdBy, CancellationToken cancellationToken) =>
        Get<AddRider>().HandleAsync(contractId, request, createdBy, cancellationToken);

    public Task<Result> CancelContractAsync(Guid contractId, DateOnly cancelledOn, string reason, CancellationToken cancellationToken) =>
        Get<CancelContract>().HandleAsync(contractId, cancelledOn, reason, cancellationToken);

    public Task<Result<int>> ApplyAdjustmentsAsync(ApplyAdjustmentRequest request, CancellationToken cancellationToken) =>
        Get<ApplyAdjustments>().HandleAsync(request, cancellationToken);
}
