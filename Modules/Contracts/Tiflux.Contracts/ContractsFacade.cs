using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Catalog;
using Tiflux.Contracts.Clients;
using Tiflux.Contracts.Cycles;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class ContractsFacade(ContractsDbContext db, IServiceProvider services) : IContractsModule
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public Task<ClientSummary?> GetClientAsync(Guid clientId, CancellationToken cancellationToken) =>
        Get<GetClient>().HandleAsync(clientId, cancellationToken);

    public Task<IReadOnlyList<ClientSummary>> GetClientsAsync(IReadOnlyCollection<Guid>? clientIds, CancellationToken cancellationToken) =>
        Get<GetClients>().HandleAsync(clientIds, cancellationToken);

    public Task<ValuationOptionsDto> GetValuationOptionsAsync(Guid clientId, DateOnly date, CancellationToken cancellationToken) =>
        Get<GetValuationOptions>().HandleAsync(clientId, date, cancellationToken);

    public Task<RiderTermsDto?> GetRiderAsync(Guid riderId, CancellationToken cancellationToken) =>
        Get<GetRider>().HandleAsync(riderId, cancellationToken);

    public Task<IReadOnlyList<ContractTermsDto>> GetContractTermsAsync(ContractTermsRequest request, CancellationToken cancellationToken) =>
        Get<GetContractTerms>().HandleAsync(request, cancellationToken);

    public Task<ContractCycleDto?> GetCycleAsync(Guid contractId, DateOnly date, CancellationToken cancellationToken) =>
        Get<GetCycle>().HandleAsync(contractId, date, cancellationToken);

    public Task<IReadOnlyList<ContractCycleDto>> GetCyclesContainingAsync(IReadOnlyCollection<Guid> contractIds, DateOnly date, CancellationToken cancellationToken) =>
        Get<GetCyclesContaining>().HandleAsync(contractIds, date, cancellationToken);

    public Task<IReadOnlyList<ContractCycleDto>> GetRecentCyclesAsync(IReadOnlyCollection<Guid> contractIds, DateOnly upTo, int count, CancellationToken cancellationToken) =>
        Get<GetRecentCycles>().HandleAsync(contractIds, upTo, count, cancellationToken);

    public Task<CyclesPendingDto> GetCyclesPendingAsync(CyclesPendingRequest request, CancellationToken cancellationToken) =>
        Get<GetCyclesPending>().HandleAsync(request, cancellationToken);

    public Task<StandaloneServiceDto?> GetStandaloneServiceAsync(Guid serviceId, CancellationToken cancellationToken) =>
        Get<GetStandaloneService>().HandleAsync(serviceId, cancellationToken);

    public Task<TravelDto?> GetTravelAsync(Guid travelId, CancellationToken cancellationToken) =>
        Get<GetTravel>().HandleAsync(travelId, cancellationToken);

    public Task<ExtraExpenseDto?> GetExtraExpenseAsync(Guid extraExpenseId, CancellationToken cancellationToken) =>
        Get<GetExtraExpense>().HandleAsync(extraExpenseId, cancellationToken);

    public Task<IReadOnlyList<ResourceDto>> GetResourcesAsync(Guid clientId, CancellationToken cancellationToken) =>
        Get<GetResources>().HandleAsync(clientId, cancellationToken);

    public Task<ChangeStamps> GetChangeStampsAsync(CancellationToken cancellationToken) =>
        Get<GetChangeStamps>().HandleAsync(cancellationToken);

    public Task<string> GetChangeVersionAsync(CancellationToken cancellationToken) =>
        Get<GetChangeStamps>().VersionAsync(cancellationToken);

    public Task<IReadOnlyList<SharedCreditGroup>> GetSharedCreditGroupsAsync(CancellationToken cancellationToken) =>
        Get<GetSharedCreditGroups>().HandleAsync(cancellationToken);
}
