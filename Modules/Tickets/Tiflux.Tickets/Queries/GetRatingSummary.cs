using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Queries;

/// <summary>How the filtered tickets were rated at review: summed by the database, never read ticket by ticket.</summary>
internal sealed class GetRatingSummary(TicketsDbContext db, TicketFilter filter)
{
    public async Task<TicketRatingSummary> HandleAsync(TicketListRequest request, CancellationToken cancellationToken)
    {
        var rated = filter.Apply(db.Tickets.AsNoTracking(), request).Where(t => t.Rating != null);
        var totals = await rated
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Sum = g.Sum(t => t.Rating!.Value) })
            .SingleOrDefaultAsync(cancellationToken);
        return totals is null
            ? new TicketRatingSummary(0, null)
            : new TicketRatingSummary(totals.Count, Math.Round((decimal)totals.Sum / totals.Count, 1, MidpointRounding.AwayFromZero));
    }
}
