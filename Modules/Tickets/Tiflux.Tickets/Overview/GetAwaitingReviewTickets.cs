using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Overview;

/// <summary>The review queue's size and its oldest closing, one aggregate on the (state, review due) index.</summary>
internal sealed class GetAwaitingReviewTickets(TicketsDbContext db)
{
    public async Task<AwaitingReviewTickets> HandleAsync(CancellationToken cancellationToken)
    {
        var row = await db.Tickets.AsNoTracking()
            .Where(t => t.State == TicketState.AwaitingReview)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(t => t.ClosedAt) })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? new AwaitingReviewTickets(0, null) : new AwaitingReviewTickets(row.Count, row.Oldest);
    }
}
