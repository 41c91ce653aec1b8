namespace Tiflux.Billing.PublicApi;

/// <summary>
/// Hour-bank and credit forecast (Horas, Horas Cumulativas, Crédito, Crédito compartilhado): at the current cycle's pace,
/// when the allowance runs out. Measured by the same rule as billing and the consumption reminder.
/// </summary>
public interface IBillingForecast
{
    /// <summary>The forecast of each active contract with an hours or credit allowance of the client, computed now, by contract number.</summary>
    Task<IReadOnlyList<ConsumptionForecastDto>> GetForClientAsync(Guid clientId, CancellationToken cancellationToken);

    /// <summary>
    /// The dashboard's list: contracts projected to run out before their cycle ends (or already out), soonest first, from the
    /// snapshot the hourly job stores (computing every contract on each read would take seconds).
    /// </summary>
    Task<ForecastWatchlistDto> GetRunningOutAsync(int take, CancellationToken cancellationToken);
}

/// <summary>How the current cycle ends at the current pace.</summary>
public enum ForecastOutcome
{
    /// <summary>Nothing consumed yet in the cycle: no pace to project.</summary>
    NoConsumption = 1,

    /// <summary>At this pace the cycle ends within the allowance.</summary>
    WithinAllowance = 2,

    /// <summary>At this pace the allowance runs out before the cycle ends, on <see cref="ConsumptionForecastDto.RunOutDate"/>.</summary>
    RunsOut = 3,

    /// <summary>The allowance is already used up.</summary>
    Exhausted = 4,
}

/// <summary>
/// One contract's forecast in its unit (<see cref="ConsumptionUnit.Hours"/>: minutes; <see cref="ConsumptionUnit.Credit"/>: R$).
/// <see cref="Available"/> = the cycle's allowance + hours carried from billed cycles (Horas Cumulativas). Paces are per
/// calendar day; <see cref="PreviousDailyPace"/> is the average of up to three closed cycles (null without one).
/// <see cref="Headline"/> is the sentence every screen and the reminder e-mail print (no money in it).
/// </summary>
public sealed record ConsumptionForecastDto(
    Guid ContractId,
    int ContractNumber,
    string ContractName,
    Guid ClientId,
    string ClientName,
    ConsumptionUnit Unit,
    int CycleIndex,
    DateOnly CycleStart,
    DateOnly CycleEnd,
    decimal Included,
    decimal Carried,
    decimal Used,
    decimal DailyPace,
    decimal? PreviousDailyPace,
    decimal ProjectedAtCycleEnd,
    DateOnly? RunOutDate,
    DateOnly? RunOutDateAtPreviousPace,
    ForecastOutcome Outcome,
    string Headline)
{
    public decimal Available => Included + Carried;

    /// <summary>The share of the available allowance the cycle would use at this pace, in whole percent.</summary>
    public int ProjectedPercent => Available > 0 ? (int)Math.Round(ProjectedAtCycleEnd * 100 / Available, MidpointRounding.AwayFromZero) : 0;
}

/// <summary>The dashboard's list and when the job computed it (null: never yet).</summary>
public sealed record ForecastWatchlistDto(int Count, IReadOnlyList<ForecastWatchItemDto> Items, DateTimeOffset? ComputedAt);

/// <summary>A contract running out: the headline, the date (null when already out) and its projected share.</summary>
public sealed record ForecastWatchItemDto(
    Guid ContractId, int ContractNumber, string ContractName, Guid ClientId, string ClientName, DateOnly? RunOutDate, ForecastOutcome Outcome, int ProjectedPercent, string Headline);
