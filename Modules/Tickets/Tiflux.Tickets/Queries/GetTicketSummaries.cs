using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Queries;

internal sealed class GetTicketSummaries(TicketsDbContext db, TicketSummaries summaries)
{
    public Task<IReadOnlyList<TicketSummary>> HandleAsync(IReadOnlyCollection<int> numbers, CancellationToken cancellationToken) =>
        summaries.LoadAsync(db.Tickets.AsNoTracking().Where(t => numbers.Contains(t.Number)).OrderBy(t => t.Number), cancellationToken);
}
