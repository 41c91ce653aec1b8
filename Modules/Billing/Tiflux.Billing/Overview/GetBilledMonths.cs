using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Overview;

/// <summary>
/// Billed this month, last month and the same month last year: real value of the non-reversed billings by billing
/// date (the history's totals count the same way), one GROUP BY over the three month ranges. The billing date is a
/// São Paulo calendar date, so a month is its calendar days; the caller's <c>today</c> is <c>BrazilTime.Today</c>.
/// </summary>
internal sealed class GetBilledMonths(BillingDbContext db)
{
    public async Task<BilledMonthsOverview> HandleAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        DateOnly[] firsts = [current, current.AddMonths(-1), current.AddYears(-1)];
        var (a, b, c) = (firsts[0], firsts[1], firsts[2]);
        var (aEnd, bEnd, cEnd) = (a.AddMonths(1), b.AddMonths(1), c.AddMonths(1));
        var rows = await db.Billings.AsNoTracking()
            .Where(d => !d.Reversed
                && ((d.BillingDate >= a && d.BillingDate < aEnd) || (d.BillingDate >= b && d.BillingDate < bEnd) || (d.BillingDate >= c && d.BillingDate < cEnd)))
            .GroupBy(d => new { d.BillingDate.Year, d.BillingDate.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Total = g.Sum(d => d.RealValue), Count = g.Count() })
            .ToListAsync(cancellationToken);
        BilledMonth Month(DateOnly first) =>
            rows.Find(r => r.Year == first.Year && r.Month == first.Month) is { } r
                ? new BilledMonth(first.Year, first.Month, r.Total, r.Count)
                : new BilledMonth(first.Year, first.Month, 0m, 0);
        return new BilledMonthsOverview(Month(firsts[0]), Month(firsts[1]), Month(firsts[2]));
    }
}
