using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;

namespace Tiflux.Billing.Pending.Summary;

/// <summary>
/// A transaction-scoped advisory lock per stored summary and key: readers that find the same rows stale wait for the
/// one computing them instead of computing them too. Released at commit or rollback.
/// </summary>
internal static class SummaryLock
{
    public static Task AcquireAsync(BillingDbContext db, string table, int key, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({table}), {key})", cancellationToken);
}
