using Microsoft.EntityFrameworkCore;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;

namespace Tiflux.Integrations.Charges;

/// <summary>The charges of several billings at once, by billing id (billings without a charge are absent).</summary>
internal sealed class GetCharges(IntegrationsDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, ChargeDto>> HandleAsync(IReadOnlyCollection<Guid> billingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(billingIds);
        var ids = billingIds.ToList();
        var rows = await db.Charges.AsNoTracking().Where(c => ids.Contains(c.BillingId)).ToListAsync(cancellationToken);
        return rows.ToDictionary(c => c.BillingId, c => c.ToDto());
    }
}
