using Hangfire;
using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Lifecycle;

namespace Tiflux.Tickets.Reviews;

/// <summary>Approves tickets whose review deadline passed. Reentrant: it only touches tickets still awaiting review.</summary>
internal sealed class ReviewDeadlineJob(TicketsDbContext db, TimeProvider time)
{
    public const string RecurringId = "tickets.review-deadline";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var overdue = await db.Tickets
            .Where(t => t.State == TicketState.AwaitingReview && t.ReviewDueAt <= now)
            .ToListAsync(cancellationToken);
        foreach (var ticket in overdue)
        {
            TicketTransitions.MarkReviewed(ticket, now, auto: true);
            db.History.Add(ticket.Record(now, null, HistoryArea.Lifecycle, HistoryOperation.Updated, "Ticket was auto-reviewed", "Revisado automaticamente: prazo de revisão expirado."));
        }

        await db.SaveChangesAsync(cancellationToken);
        return overdue.Count;
    }
}
