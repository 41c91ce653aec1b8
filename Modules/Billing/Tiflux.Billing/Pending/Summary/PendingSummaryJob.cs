using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Pending.Summary;

/// <summary>
/// Keeps today's Faturamentos pendentes warm: recomputes the clients that changed (and, after midnight, every client:
/// a new date is a new summary) so the finance team's first visit reads instead of computing; and forgets the
/// summaries of other dates nobody recomputed for a day (they are rebuilt on demand if asked again).
/// </summary>
internal sealed class PendingSummaryJob(GetPendingTotals totals, BillingDbContext db, TimeProvider clock)
{
    public const string RecurringId = "billing.pending-summary";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = BrazilTime.Today(clock);
        var rows = await totals.HandleAsync(new PendingRequest(today, null, null, PendingScope.Both), cancellationToken);
        var dayAgo = clock.GetUtcNow().AddDays(-1);
        await db.PendingSummaries.Where(s => s.AsOf != today && s.RefreshedAt < dayAgo).ExecuteDeleteAsync(cancellationToken);
        return rows.Count;
    }
}
