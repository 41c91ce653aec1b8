using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Overview;

/// <summary>
/// Open charges: billings neither paid nor reversed (the history's "faturado" state), and of those the ones due
/// before today. Payment comes from Asaas / Conta Azul webhooks or a manual confirmation, both through Billing's
/// <c>Paid</c> flag, so this one aggregate covers every provider.
/// </summary>
internal sealed class GetOpenCharges(BillingDbContext db)
{
    public async Task<OpenChargesOverview> HandleAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var row = await db.Billings.AsNoTracking()
            .Where(d => !d.Reversed && !d.Paid)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Count = g.Count(),
                Total = g.Sum(d => d.RealValue),
                OverdueCount = g.Count(d => d.DueDate < today),
                OverdueTotal = g.Where(d => d.DueDate < today).Sum(d => d.RealValue),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? new OpenChargesOverview(0, 0m, 0, 0m) : new OpenChargesOverview(row.Count, row.Total, row.OverdueCount, row.OverdueTotal);
    }
}
