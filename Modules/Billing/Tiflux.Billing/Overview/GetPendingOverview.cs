using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Overview;

/// <summary>
/// The Dashboard's "a faturar": one aggregate over the stored pending summaries of the date (base date, both scopes),
/// counted as the list shows them — a client is in the list when it has any pending line, a problem included
/// (<see cref="Pending.Summary.PendingSummaryParts.Show"/>). Stored rows are what the list last computed and the
/// five-minute job keeps warm; the Dashboard never runs the engine (ADR 0031), so it says when they were computed.
/// </summary>
internal sealed class GetPendingOverview(BillingDbContext db)
{
    public async Task<PendingOverview> HandleAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var row = await db.PendingSummaries.AsNoTracking()
            .Where(s => s.AsOf == today && !s.ExactDueDate && s.ContractLines + s.StandaloneLines > 0)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Total = g.Sum(s => s.ContractTotal + s.StandaloneTotal),
                Clients = g.Count(),
                ContractDue = g.Min(s => s.ContractEarliestDue),
                StandaloneDue = g.Min(s => s.StandaloneEarliestDue),
                RefreshedAt = g.Min(s => s.RefreshedAt),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            var refreshed = await db.PendingSummaries.AsNoTracking()
                .Where(s => s.AsOf == today && !s.ExactDueDate)
                .MinAsync(s => (DateTimeOffset?)s.RefreshedAt, cancellationToken);
            return new PendingOverview(0m, 0, null, refreshed);
        }

        DateOnly?[] dues = [row.ContractDue, row.StandaloneDue];
        return new PendingOverview(row.Total, row.Clients, dues.Min(), row.RefreshedAt);
    }
}
