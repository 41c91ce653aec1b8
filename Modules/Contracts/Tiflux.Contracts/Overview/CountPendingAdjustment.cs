using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Overview;

/// <summary>
/// Contracts pending price adjustment today. SQL keeps only the candidates (adjustment date reached, not cancelled);
/// <see cref="Contract.StatusOn"/>, the one status rule, decides — so an expired contract is never counted.
/// </summary>
internal sealed class CountPendingAdjustment(ContractsDbContext db)
{
    public async Task<int> HandleAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var candidates = await db.Contracts.AsNoTracking()
            .Where(c => c.NextAdjustmentDate <= today && (c.CancelledOn == null || c.CancelledOn > today))
            .ToListAsync(cancellationToken);
        return candidates.Count(c => c.StatusOn(today) == ContractStatus.PendingAdjustment);
    }
}
