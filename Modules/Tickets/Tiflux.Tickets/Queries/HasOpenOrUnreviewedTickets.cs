using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Queries;

internal sealed class HasOpenOrUnreviewedTickets(TicketsDbContext db)
{
    public Task<bool> HandleAsync(Guid clientId, CancellationToken cancellationToken) =>
        db.Tickets.AnyAsync(
            t => t.ClientId == clientId && (t.State == TicketState.Open || t.State == TicketState.AwaitingReview),
            cancellationToken);
}
