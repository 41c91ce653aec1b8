using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Overview;

/// <summary>
/// The standalone value waiting on ticket review: one sum over the stored awaiting-review snapshots (what
/// "Aguardando revisão" on the pending list last computed; contract time is counted by cycle, never valued here).
/// </summary>
internal sealed class GetAwaitingReviewValue(BillingDbContext db)
{
    public async Task<AwaitingReviewValueOverview> HandleAsync(CancellationToken cancellationToken)
    {
        var row = await db.AwaitingReviewSnapshots.AsNoTracking()
            .Where(s => s.StandaloneItems > 0)
            .GroupBy(_ => 1)
            .Select(g => new { Clients = g.Count(), Value = g.Sum(s => s.StandaloneValue) })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? new AwaitingReviewValueOverview(0, 0m) : new AwaitingReviewValueOverview(row.Clients, row.Value);
    }
}
