using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Forecast;

/// <summary>A contract's forecast as the hourly job last computed it; the dashboard reads these rows, never the entries.</summary>
internal sealed class ForecastSnapshot
{
    public Guid ContractId { get; init; }

    public int ContractNumber { get; init; }

    public required string ContractName { get; init; }

    public Guid ClientId { get; init; }

    public required string ClientName { get; init; }

    public DateOnly CycleEnd { get; init; }

    public DateOnly? RunOutDate { get; init; }

    public ForecastOutcome Outcome { get; init; }

    public int ProjectedPercent { get; init; }

    public required string Headline { get; init; }

    public DateTimeOffset ComputedAt { get; init; }
}
