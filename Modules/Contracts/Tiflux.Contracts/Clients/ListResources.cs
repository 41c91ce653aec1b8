using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Clients;

internal sealed class ListResources(ContractsDbContext db)
{
    public async Task<IReadOnlyList<ResourceDto>> HandleAsync(Guid? clientId, CancellationToken cancellationToken) =>
        await (from r in db.Resources.AsNoTracking()
               where clientId == null || r.ClientId == clientId
               join g in db.ResourceGroups.AsNoTracking() on r.ResourceGroupId equals g.Id into groups
               from g in groups.DefaultIfEmpty()
               orderby r.ClientId, r.Name
               select new ResourceDto(r.Id, r.ClientId, r.Name, r.ResourceGroupId, g == null ? null : g.Name))
            .ToListAsync(cancellationToken);
}
