using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Forecast;

/// <summary>The dashboard's watchlist: stored forecasts that run out before the cycle ends or already did, soonest first.</summary>
internal sealed class GetRunningOut(BillingDbContext db)
{
    public async Task<ForecastWatchlistDto> HandleAsync(int take, CancellationToken cancellationToken)
    {
        var running = db.ForecastSnapshots.AsNoTracking().Where(s => s.Outcome == ForecastOutcome.RunsOut || s.Outcome == ForecastOutcome.Exhausted);
        var items = await running
            .OrderBy(s => s.Outcome == ForecastOutcome.Exhausted ? 0 : 1)
            .ThenBy(s => s.RunOutDate)
            .ThenBy(s => s.ClientName)
            .ThenBy(s => s.ContractNumber)
            .Take(Math.Clamp(take, 1, 100))
            .Select(s => new ForecastWatchItemDto(s.ContractId, s.ContractNumber, s.ContractName, s.ClientId, s.ClientName, s.RunOutDate, s.Outcome, s.ProjectedPercent, s.Headline))
            .ToListAsync(cancellationToken);
        var count = await running.CountAsync(cancellationToken);
        var computedAt = await db.ForecastSnapshots.MaxAsync(s => (DateTimeOffset?)s.ComputedAt, cancellationToken);
        return new ForecastWatchlistDto(count, items, computedAt);
    }
}
