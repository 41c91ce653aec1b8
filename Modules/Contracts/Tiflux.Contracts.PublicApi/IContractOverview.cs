namespace Tiflux.Contracts.PublicApi;

/// <summary>The Dashboard's contract figures.</summary>
public interface IContractOverview
{
    /// <summary>Contracts whose status on <paramref name="today"/> is <see cref="ContractStatus.PendingAdjustment"/>.</summary>
    Task<int> CountPendingAdjustmentAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>The distinct clients of the given contracts.</summary>
    Task<IReadOnlyList<Guid>> GetClientIdsAsync(IReadOnlyCollection<Guid> contractIds, CancellationToken cancellationToken);
}
