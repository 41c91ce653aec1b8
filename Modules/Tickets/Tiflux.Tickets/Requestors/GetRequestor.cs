using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Requestors;

internal sealed class GetRequestor(TicketsDbContext db, IContractsModule contracts)
{
    public async Task<RequestorDto?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var requestor = await db.Requestors.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return requestor is null ? null : (await RequestorMapping.ToDtosAsync(contracts, [requestor], cancellationToken))[0];
    }
}
