using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Ledger;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Forecast;

/// <summary>
/// Horas Cumulativas: the hours carried into each contract's current cycle, read from the ledger the billed cycles wrote
/// (the lots the pricer would consume: recorded before the cycle, not expired by it). Hours a not-yet-billed earlier cycle
/// would carry are not counted; the ledger is the only record of a balance.
/// </summary>
internal sealed class CarriedHours(BillingDbContext db)
{
    public async Task<Dictionary<Guid, decimal>> ForAsync(IReadOnlyList<ContractConsumptionHistory> histories, CancellationToken cancellationToken)
    {
        var currentIndex = histories
            .Where(h => h.Unit == ConsumptionUnit.Hours && h.Cycles.Any(c => c.IsCurrent))
            .ToDictionary(h => h.ContractId, h => h.Cycles.First(c => c.IsCurrent).Index);
        if (currentIndex.Count == 0)
        {
            return [];
        }

        var ids = currentIndex.Keys.ToList();
        var movements = await db.Ledger.AsNoTracking()
            .Where(e => e.Active && e.LotCycleIndex != null && ids.Contains(e.ContractId))
            .Select(e => new { e.ContractId, e.CycleIndex, e.Kind, e.Minutes, Lot = e.LotCycleIndex!.Value, e.ExpiresAfterCycle })
            .ToListAsync(cancellationToken);
        return movements
            .Where(m => m.CycleIndex < currentIndex[m.ContractId])
            .GroupBy(m => (m.ContractId, m.Lot))
            .Select(lot => (
                lot.Key.ContractId,
                Remaining: lot.Sum(m => m.Kind == LedgerKind.HoursIn ? m.Minutes : -m.Minutes),
                Expires: lot.Max(m => m.ExpiresAfterCycle)))
            .Where(lot => lot.Remaining > 0 && (lot.Expires is null || lot.Expires >= currentIndex[lot.ContractId]))
            .GroupBy(lot => lot.ContractId)
            .ToDictionary(g => g.Key, g => (decimal)g.Sum(lot => lot.Remaining));
    }
}
