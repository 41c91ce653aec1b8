using Tiflux.Billing.Pending;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Forecast;

/// <summary>
/// The forecasts of the asked clients' active contracts (null = all), from the consumption history the charts and the
/// reminder measure (same rounding, warranty and credit rates as billing) and the hours the ledger carries.
/// </summary>
internal sealed class ForecastContracts(GetConsumptionHistory history, CarriedHours carriedHours, TimeProvider clock)
{
    public async Task<IReadOnlyList<ConsumptionForecastDto>> HandleAsync(IReadOnlyCollection<Guid>? clientIds, CancellationToken cancellationToken)
    {
        var today = BrazilTime.Today(clock);
        var request = new ConsumptionHistoryRequest(clientIds, false, today) { MaxCycles = ConsumptionForecaster.PreviousCyclesCounted + 1 };
        var histories = (await history.HandleAsync(request, cancellationToken))
            .Where(h => h.Unit != ConsumptionUnit.Tickets && h.Cycles.Any(c => c.IsCurrent && c.Included(h.Unit) is not null))
            .ToList();
        var carried = await carriedHours.ForAsync(histories, cancellationToken);
        return [.. histories
            .Select(h => ConsumptionForecaster.Forecast(h, carried.GetValueOrDefault(h.ContractId), today))
            .OfType<ConsumptionForecastDto>()];
    }
}
