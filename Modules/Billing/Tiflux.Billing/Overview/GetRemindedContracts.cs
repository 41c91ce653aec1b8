using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Billing.Overview;

/// <summary>
/// Contracts above their consumption-reminder threshold now: the reminder job stores one row per (contract, cycle)
/// when the threshold is crossed, so a contract counts when its latest row is of its cycle containing today. Two
/// set-based reads: each contract's latest reminded cycle, and Contracts' current cycles of those contracts.
/// </summary>
internal sealed class GetRemindedContracts(BillingDbContext db, IContractsModule contracts)
{
    public async Task<RemindedContractsOverview> HandleAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var latest = await db.RemindersSent.AsNoTracking()
            .GroupBy(r => r.ContractId)
            .Select(g => new { ContractId = g.Key, CycleIndex = g.Max(r => r.CycleIndex) })
            .ToDictionaryAsync(r => r.ContractId, r => r.CycleIndex, cancellationToken);
        if (latest.Count == 0)
        {
            return new RemindedContractsOverview(0, []);
        }

        var current = await contracts.GetCyclesContainingAsync(latest.Keys, today, cancellationToken);
        List<Guid> reminded = [.. current.Where(c => latest[c.ContractId] == c.Index).Select(c => c.ContractId).Order()];
        return new RemindedContractsOverview(reminded.Count, reminded);
    }
}
