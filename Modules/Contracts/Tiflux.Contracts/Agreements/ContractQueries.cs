using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;

namespace Tiflux.Contracts.Agreements;

/// <summary>Contracts read with their riders and items (split query), filtered by client and contract.</summary>
internal static class ContractQueries
{
    public static IQueryable<Contract> WithRiders(ContractsDbContext db) =>
        db.Contracts.AsNoTracking().AsSplitQuery().Include(c => c.Riders).ThenInclude(r => r.Items);

    public static IQueryable<Contract> Filter(IQueryable<Contract> query, IReadOnlyCollection<Guid>? clientIds, IReadOnlyCollection<Guid>? contractIds)
    {
        if (clientIds is not null)
        {
            query = query.Where(c => clientIds.Contains(c.ClientId));
        }

        if (contractIds is not null)
        {
            query = query.Where(c => contractIds.Contains(c.Id));
        }

        return query;
    }
}
