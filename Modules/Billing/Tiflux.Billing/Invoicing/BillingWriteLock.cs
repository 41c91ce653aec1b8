using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;

namespace Tiflux.Billing.Invoicing;

/// <summary>
/// The locks billing writes take until their commit, always in this order: first the lock of each client whose billings
/// change (<see cref="AcquireClientsAsync"/>: creation and reversal), then the row lock of the settings
/// (<see cref="AcquireAsync"/>), which also keeps billing numbers gapless. Holding a client's lock, nobody else bills or
/// reverses that client, so pending values priced under it stay true until the commit; holding the settings lock, the
/// reconciliation of billed marks sees no billing half-way between Tickets' commit and Billing's. An automatic batch
/// holds its clients' locks while it writes its billings and takes the settings lock only to number them.
/// </summary>
internal static class BillingWriteLock
{
    public static Task AcquireAsync(BillingDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("SELECT 1 FROM billing.billing_settings WHERE id = 1 FOR UPDATE", cancellationToken);

    /// <summary>Transaction-scoped advisory locks, taken in one order (sorted keys) so that two batches never deadlock.</summary>
    public static Task AcquireClientsAsync(BillingDbContext db, IReadOnlyCollection<Guid> clientIds, CancellationToken cancellationToken)
    {
        var ids = clientIds.Distinct().ToArray();
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended('billing-client:' || id::text, 0) AS k FROM unnest({ids}) AS id ORDER BY 1) AS keys",
            cancellationToken);
    }
}
