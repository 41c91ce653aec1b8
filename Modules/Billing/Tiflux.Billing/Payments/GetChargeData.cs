using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Payments;

/// <summary>What an integration needs to issue the charge of a billing.</summary>
internal sealed class GetChargeData(BillingDbContext db)
{
    public async Task<BillingChargeDataDto?> HandleAsync(Guid billingId, CancellationToken cancellationToken)
    {
        var billing = await db.Billings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == billingId, cancellationToken);
        if (billing is null)
        {
            return null;
        }

        var lines = await db.BillingLines.AsNoTracking().Where(l => l.BillingId == billingId).OrderBy(l => l.Position)
            .Select(l => new BillingChargeLineDto(l.Description, l.Quantity, l.UnitValue, l.Amount))
            .ToListAsync(cancellationToken);
        return new BillingChargeDataDto(billing.Id, billing.Number, billing.ClientId, billing.BillingDate, billing.DueDate, billing.ItemsTotal,
            billing.RealValue, billing.Observations, billing.Reversed, billing.Paid, lines);
    }
}
