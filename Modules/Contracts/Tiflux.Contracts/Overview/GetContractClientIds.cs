using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;

namespace Tiflux.Contracts.Overview;

/// <summary>The distinct clients of some contracts, one read.</summary>
internal sealed class GetContractClientIds(ContractsDbContext db)
{
    public async Task<IReadOnlyList<Guid>> HandleAsync(IReadOnlyCollection<Guid> contractIds, CancellationToken cancellationToken) =>
        await db.Contracts.AsNoTracking()
            .Where(c => contractIds.Contains(c.Id))
            .Select(c => c.ClientId)
            .Distinct()
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
}
