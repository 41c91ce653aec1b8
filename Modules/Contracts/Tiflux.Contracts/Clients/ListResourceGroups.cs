using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Clients;

internal sealed class ListResourceGroups(ContractsDbContext db)
{
    public async Task<IReadOnlyList<ResourceGroupDto>> HandleAsync(Guid? clientId, CancellationToken cancellationToken) =>
        await db.ResourceGroups.AsNoTracking()
            .Where(g => clientId == null || g.ClientId == clientId)
            .OrderBy(g => g.ClientId).ThenBy(g => g.Name)
            .Select(g => new ResourceGroupDto(g.Id, g.Name) { ClientId = g.ClientId })
            .ToListAsync(cancellationToken);
}
