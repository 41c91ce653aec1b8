using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Reports;

internal sealed class GetTicketStates(TicketsDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, TicketState>> HandleAsync(IReadOnlyCollection<Guid> ticketIds, CancellationToken cancellationToken)
    {
        var ids = ticketIds.Distinct().ToArray();
        return ids.Length == 0
            ? new Dictionary<Guid, TicketState>()
            : await db.Tickets.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.State, cancellationToken);
    }
}
