using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts;

// Work in progress: the queries land with the Contracts domain in the next commits.
internal sealed class ContractsFacade(ContractsDbContext db) : IContractsModule
{
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public Task<ClientSummary?> GetClientAsync(Guid clientId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IReadOnlyList<ClientSummary>> GetClientsAsync(IReadOnlyCollection<Guid>? clientIds, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<ValuationOptionsDto> GetValuationOptionsAsync(Guid clientId, DateOnly date, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<RiderTermsDto?> GetRiderAsync(Guid riderId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IReadOnlyList<ContractTermsDto>> GetContractTermsAsync(ContractTermsRequest request, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<ContractCycleDto?> GetCycleAsync(Guid contractId, DateOnly date, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IReadOnlyList<ContractCycleDto>> GetCyclesPendingAsync(CyclesPendingRequest request, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<StandaloneServiceDto?> GetStandaloneServiceAsync(Guid serviceId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<TravelDto?> GetTravelAsync(Guid travelId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<ExtraExpenseDto?> GetExtraExpenseAsync(Guid extraExpenseId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IReadOnlyList<ResourceDto>> GetResourcesAsync(Guid clientId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
