using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Invoicing;

internal sealed class SaveBillingSettings(BillingDbContext db)
{
    public async Task HandleAsync(BillingSettingsDto settings, CancellationToken cancellationToken) =>
        await db.Settings.Where(s => s.Id == 1)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.AllowDueDateBeforeBillingDate, settings.AllowDueDateBeforeBillingDate), cancellationToken);
}
