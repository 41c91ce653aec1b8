using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Clients;

internal sealed class GetResources(ContractsDbContext db)
{
    public async Task<IReadOnlyList<ResourceDto>> HandleAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var groups = await db.ResourceGroups.AsNoTracking().Where(g => g.ClientId == clientId).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var resources = await db.Resources.AsNoTracking().Where(r => r.ClientId == clientId).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return [.. resources.Select(r => new ResourceDto(r.Id, r.ClientId, r.Name, r.ResourceGroupId, r.ResourceGroupId is { } g ? groups.GetValueOrDefault(g) : null))];
    }
}
