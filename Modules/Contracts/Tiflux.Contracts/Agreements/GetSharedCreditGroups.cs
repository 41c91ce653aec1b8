using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Agreements;

/// <summary>Every owner client whose contracts share credit with other clients, with those members.</summary>
internal sealed class GetSharedCreditGroups(ContractsDbContext db)
{
    public async Task<IReadOnlyList<SharedCreditGroup>> HandleAsync(CancellationToken cancellationToken) =>
        [.. (await db.Contracts.AsNoTracking()
                .Where(c => c.SharedMemberClientIds.Count > 0)
                .Select(c => new { c.ClientId, c.SharedMemberClientIds })
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.ClientId)
            .Select(g => new SharedCreditGroup(g.Key, [.. g.SelectMany(c => c.SharedMemberClientIds).Distinct()]))];
}
