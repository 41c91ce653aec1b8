using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Clients;

/// <summary>A client with its resource groups, resources and contracts.</summary>
internal sealed class GetClientDetails(ContractsDbContext db, ListContracts contractList)
{
    public async Task<ClientDetailsDto?> HandleAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null)
        {
            return null;
        }

        var groups = await db.ResourceGroups.AsNoTracking().Where(g => g.ClientId == clientId).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var resources = await db.Resources.AsNoTracking().Where(r => r.ClientId == clientId).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var contracts = await contractList.HandleAsync(new ContractListRequest(clientId, null, null, null, 1, 200), cancellationToken);
        return new ClientDetailsDto(
            client.ToSummary(),
            client.Notes,
            [.. groups.Select(g => new ResourceGroupDto(g.Id, g.Name))],
            [.. resources.Select(r => new ResourceDto(r.Id, r.ClientId, r.Name, r.ResourceGroupId, groups.FirstOrDefault(g => g.Id == r.ResourceGroupId)?.Name))],
            contracts.Items);
    }
}
