using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Invoicing;

internal sealed class GetBillingSettings(BillingDbContext db)
{
    public async Task<BillingSettingsDto> HandleAsync(CancellationToken cancellationToken) =>
        new((await db.Settings.AsNoTracking().SingleAsync(s => s.Id == 1, cancellationToken)).AllowDueDateBeforeBillingDate);
}
