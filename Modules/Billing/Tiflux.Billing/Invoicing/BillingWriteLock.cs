using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;

namespace Tiflux.Billing.Invoicing;

/// <summary>
/// The row lock every billing write takes until its commit (the settings row, which also keeps billing numbers gapless):
/// creation, reversal and the reconciliation of billed marks. Holding it, the reconciliation sees no billing half-way
/// between Tickets' commit and Billing's, so whatever disagrees then was left by a crash.
/// </summary>
internal static class BillingWriteLock
{
    public static Task AcquireAsync(BillingDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("SELECT 1 FROM billing.billing_settings WHERE id = 1 FOR UPDATE", cancellationToken);
}
