using Microsoft.Extensions.DependencyInjection;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Overview;

/// <summary>Thin: each call resolves the use case that does the work.</summary>
internal sealed class ContractOverviewFacade(IServiceProvider services) : IContractOverview
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<int> CountPendingAdjustmentAsync(DateOnly today, CancellationToken cancellationToken) =>
        Get<CountPendingAdjustment>().HandleAsync(today, cancellationToken);

    public Task<IReadOnlyList<Guid>> GetClientIdsAsync(IReadOnlyCollection<Guid> contractIds, CancellationToken cancellationToken) =>
        Get<GetContractClientIds>().HandleAsync(contractIds, cancellationToken);
}
