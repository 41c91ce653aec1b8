using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets;

/// <summary>The module's readiness probe: the schema is reachable and every migration applied.</summary>
internal sealed class TicketsFacade(TicketsDbContext db) : ITicketsModule
{
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
}
