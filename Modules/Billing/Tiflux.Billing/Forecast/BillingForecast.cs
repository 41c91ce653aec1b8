using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Forecast;

internal sealed class BillingForecast(ForecastContracts forecasts, GetRunningOut runningOut) : IBillingForecast
{
    public async Task<IReadOnlyList<ConsumptionForecastDto>> GetForClientAsync(Guid clientId, CancellationToken cancellationToken) =>
        [.. (await forecasts.HandleAsync([clientId], cancellationToken)).OrderBy(f => f.ContractNumber)];

    public Task<ForecastWatchlistDto> GetRunningOutAsync(int take, CancellationToken cancellationToken) => runningOut.HandleAsync(take, cancellationToken);
}
