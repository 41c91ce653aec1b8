using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

internal sealed class ListBillingRuns(BillingDbContext db)
{
    public async Task<IReadOnlyList<BillingRunSummary>> HandleAsync(int take, CancellationToken cancellationToken) =>
        [.. (await db.Runs.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken)).Select(r => r.ToSummary())];

    public async Task<BillingRunSummary?> HandleAsync(Guid runId, CancellationToken cancellationToken) =>
        (await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken))?.ToSummary();
}
