using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Clients;

internal sealed class GetClient(ContractsDbContext db)
{
    public async Task<ClientSummary?> HandleAsync(Guid clientId, CancellationToken cancellationToken) =>
        (await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken))?.ToSummary();
}
