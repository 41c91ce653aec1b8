using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Queries;

namespace Tiflux.Tickets.Reviews;

/// <summary>Tickets awaiting review, the nearest deadline first.</summary>
internal sealed class GetReviewQueue(TicketsDbContext db, TicketSummaries summaries)
{
    public Task<IReadOnlyList<TicketSummary>> HandleAsync(CancellationToken cancellationToken) =>
        summaries.LoadAsync(
            db.Tickets.AsNoTracking().Where(t => t.State == TicketState.AwaitingReview).OrderBy(t => t.ReviewDueAt),
            cancellationToken);
}
