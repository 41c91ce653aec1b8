using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;

namespace Tiflux.Billing.Forecast;

/// <summary>
/// Hourly: recomputes every contract's forecast and replaces the stored snapshot in one transaction, so the dashboard
/// reads a complete set (the old one or the new one), never a half-written mix. Running it twice is harmless.
/// </summary>
internal sealed class ForecastSnapshotJob(ForecastContracts forecasts, BillingDbContext db, TimeProvider clock)
{
    public const string RecurringId = "billing.consumption-forecast";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var computedAt = clock.GetUtcNow();
        var rows = (await forecasts.HandleAsync(null, cancellationToken)).Select(f => new ForecastSnapshot
        {
            ContractId = f.ContractId,
            ContractNumber = f.ContractNumber,
            ContractName = f.ContractName,
            ClientId = f.ClientId,
            ClientName = f.ClientName,
            CycleEnd = f.CycleEnd,
            RunOutDate = f.RunOutDate,
            Outcome = f.Outcome,
            ProjectedPercent = f.ProjectedPercent,
            Headline = f.Headline,
            ComputedAt = computedAt,
        }).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ForecastSnapshots.ExecuteDeleteAsync(cancellationToken);
        db.ForecastSnapshots.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return rows.Count;
    }
}
