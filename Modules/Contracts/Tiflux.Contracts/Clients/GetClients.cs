using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Clients;

internal sealed class GetClients(ContractsDbContext db)
{
    public async Task<IReadOnlyList<ClientSummary>> HandleAsync(IReadOnlyCollection<Guid>? clientIds, CancellationToken cancellationToken)
    {
        var query = db.Clients.AsNoTracking();
        if (clientIds is not null)
        {
            query = query.Where(c => clientIds.Contains(c.Id));
        }

        return [.. (await query.OrderBy(c => c.Name).ThenBy(c => c.Id).ToListAsync(cancellationToken)).Select(c => c.ToSummary())];
    }
}
