using Hangfire;
using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

/// <summary>
/// Recomputes the unmet deadlines of open tickets after a desk's SLA settings, business hours or holidays changed
/// (service-desk.md §6.7). Idempotent: deadlines are a function of each clock's start, target and paused time.
/// </summary>
internal sealed class SlaRecomputeJob(TicketsDbContext db, TicketSlaClock clock, TimeProvider time)
{
    private const int Batch = 500;

    /// <summary>Recomputes the open tickets of <paramref name="deskId"/>; null: of every desk (an organisation holiday changed).</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task<int> RunAsync(Guid? deskId, CancellationToken cancellationToken)
    {
        var desks = await db.Desks.AsNoTracking().Where(d => deskId == null || d.Id == deskId).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var desk in desks)
        {
            var after = 0;
            while (true)
            {
                var tickets = await db.Tickets
                    .Where(t => t.DeskId == desk.Id && t.State == TicketState.Open && t.Authorization != TicketAuthorization.Pending && t.Number > after)
                    .OrderBy(t => t.Number).Take(Batch).ToListAsync(cancellationToken);
                if (tickets.Count == 0)
                {
                    break;
                }

                foreach (var ticket in tickets)
                {
                    await clock.RetargetAsync(ticket, desk, time.GetUtcNow(), cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                count += tickets.Count;
                after = tickets[^1].Number;
            }
        }

        return count;
    }
}
