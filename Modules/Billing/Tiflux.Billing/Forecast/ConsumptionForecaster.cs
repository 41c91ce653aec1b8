using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Forecast;

/// <summary>
/// The forecast rule, in one place (docs/decisions/0036-consumption-forecast.md): the pace is what the current cycle used
/// per calendar day so far (today counted as elapsed); the allowance runs out on the first day on which consuming that pace
/// from tomorrow on reaches what is available (allowance + carried hours). The last closed cycles' pace is shown beside it.
/// </summary>
internal static class ConsumptionForecaster
{
    /// <summary>How many closed cycles make the "ritmo dos últimos ciclos".</summary>
    public const int PreviousCyclesCounted = 3;

    /// <summary>The forecast of the contract's current cycle; null when it has none or no hours or credit allowance.</summary>
    public static ConsumptionForecastDto? Forecast(ContractConsumptionHistory history, decimal carried, DateOnly today)
    {
        var unit = history.Unit;
        if (unit == ConsumptionUnit.Tickets
            || history.Cycles.FirstOrDefault(c => c.IsCurrent) is not { } current
            || current.Included(unit) is not { } included)
        {
            return null;
        }

        var available = included + carried;
        var used = current.Consumed(unit);
        var pace = Pace(used, today.DayNumber - current.Start.DayNumber + 1);
        var closed = history.Cycles.Where(c => c.IsClosed).OrderByDescending(c => c.End).Take(PreviousCyclesCounted).ToList();
        decimal? previousPace = closed.Count == 0 ? null : Pace(closed.Sum(c => c.Consumed(unit)), closed.Sum(c => c.End.DayNumber - c.Start.DayNumber + 1));
        var projected = used + pace * (current.End.DayNumber - today.DayNumber);
        var runOut = RunOut(available - used, pace, today, current.End);
        var outcome = used > 0 && used >= available ? ForecastOutcome.Exhausted
            : used == 0 ? ForecastOutcome.NoConsumption
            : runOut is not null ? ForecastOutcome.RunsOut
            : ForecastOutcome.WithinAllowance;
        var forecast = new ConsumptionForecastDto(
            history.ContractId, history.ContractNumber, history.ContractName, history.ClientId, history.ClientName, unit, current.Index,
            current.Start, current.End, included, carried, used, pace, previousPace, projected,
            outcome == ForecastOutcome.RunsOut ? runOut : null,
            previousPace is { } p && outcome != ForecastOutcome.Exhausted ? RunOut(available - used, p, today, current.End) : null,
            outcome, "");
        return forecast with { Headline = Headline(forecast) };
    }

    private static decimal Pace(decimal consumed, int days) => days > 0 ? consumed / days : 0m;

    /// <summary>The first day the remainder is used up at <paramref name="pace"/> per day from tomorrow; null if it lasts past the cycle.</summary>
    private static DateOnly? RunOut(decimal remaining, decimal pace, DateOnly today, DateOnly cycleEnd)
    {
        if (pace <= 0 || remaining <= 0)
        {
            return null;
        }

        var date = today.AddDays((int)Math.Min(Math.Ceiling(remaining / pace), cycleEnd.DayNumber - today.DayNumber + 1));
        return date <= cycleEnd ? date : null;
    }

    /// <summary>The sentence the contract page, the portal, the dashboard and the reminder e-mail print; never money.</summary>
    private static string Headline(ConsumptionForecastDto f)
    {
        var what = f.Unit == ConsumptionUnit.Credit ? "o crédito" : "as horas";
        return f.Outcome switch
        {
            ForecastOutcome.Exhausted => f.Unit == ConsumptionUnit.Credit
                ? $"O crédito do ciclo já foi todo consumido (o ciclo vai até {PtBr.Date(f.CycleEnd)})."
                : $"O banco de horas do ciclo já foi todo consumido (o ciclo vai até {PtBr.Date(f.CycleEnd)}).",
            ForecastOutcome.RunsOut => $"No ritmo atual, {what} acaba{(f.Unit == ConsumptionUnit.Credit ? "" : "m")} em {PtBr.Date(f.RunOutDate)} (o ciclo vai até {PtBr.Date(f.CycleEnd)}).",
            ForecastOutcome.WithinAllowance => $"No ritmo atual, o ciclo termina em {PtBr.Date(f.CycleEnd)} com {f.ProjectedPercent}% d{(f.Unit == ConsumptionUnit.Credit ? "o crédito usado" : "as horas usadas")}.",
            _ => $"Sem consumo neste ciclo até agora (o ciclo vai até {PtBr.Date(f.CycleEnd)}).",
        };
    }
}
