using Tiflux.Billing.Forecast;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Tests.Unit;

/// <summary>
/// The forecast rule (ADR 0036) by hand: December 2026 has 31 days; on 10/12 ten days have elapsed. The pace is the
/// cycle's consumption per elapsed day; the allowance runs out on the first day consuming that pace from 11/12 reaches it.
/// </summary>
public sealed class ConsumptionForecasterTests
{
    private static readonly DateOnly Today = new(2026, 12, 10);

    [Fact]
    public void TenHoursOfTwentyInTenDays_RunOutOnThe20th()
    {
        var f = Forecast(Hours(used: 600, included: 1200));

        Assert.Equal((60m, ForecastOutcome.RunsOut, new DateOnly(2026, 12, 20)), (f.DailyPace, f.Outcome, f.RunOutDate));
        Assert.Equal(600m + 60m * 21, f.ProjectedAtCycleEnd);
        Assert.Equal("No ritmo atual, as horas acabam em 20/12/2026 (o ciclo vai até 31/12/2026).", f.Headline);
    }

    [Fact]
    public void ASlowPace_EndsTheCycleWithinTheAllowance_AndSaysTheProjectedShare()
    {
        // 1:40 in 10 days = 10 min a day; by 31/12: 100 + 10 × 21 = 310 of 1200 = 25.8% → 26%.
        var f = Forecast(Hours(used: 100, included: 1200));

        Assert.Equal((ForecastOutcome.WithinAllowance, (DateOnly?)null, 26), (f.Outcome, f.RunOutDate, f.ProjectedPercent));
        Assert.Equal("No ritmo atual, o ciclo termina em 31/12/2026 com 26% das horas usadas.", f.Headline);
    }

    [Fact]
    public void RunningOutOnTheLastDay_StillRunsOut_OneMinuteMoreLastsTheCycle()
    {
        // 60 min a day; 21 days are left after today: 1860 − 600 = 1260 = 21 × 60 runs out on 31/12, one minute more does not.
        var exact = Forecast(Hours(used: 600, included: 1860));
        var oneMore = Forecast(Hours(used: 600, included: 1861));

        Assert.Equal((ForecastOutcome.RunsOut, (DateOnly?)new DateOnly(2026, 12, 31)), (exact.Outcome, exact.RunOutDate));
        Assert.Equal((ForecastOutcome.WithinAllowance, (DateOnly?)null, 100), (oneMore.Outcome, oneMore.RunOutDate, oneMore.ProjectedPercent));
    }

    [Fact]
    public void CarriedHours_AddToTheAllowance()
    {
        var withoutBalance = Forecast(Hours(used: 600, included: 600));
        var withBalance = Forecast(Hours(used: 600, included: 600), carried: 600);

        Assert.Equal(ForecastOutcome.Exhausted, withoutBalance.Outcome);
        Assert.Equal((1200m, ForecastOutcome.RunsOut, new DateOnly(2026, 12, 20)), (withBalance.Available, withBalance.Outcome, withBalance.RunOutDate));
    }

    [Fact]
    public void AnExhaustedBank_HasNoRunOutDate_AndSaysSo()
    {
        var f = Forecast(Hours(used: 1300, included: 1200));

        Assert.Equal((ForecastOutcome.Exhausted, (DateOnly?)null, (DateOnly?)null), (f.Outcome, f.RunOutDate, f.RunOutDateAtPreviousPace));
        Assert.Equal("O banco de horas do ciclo já foi todo consumido (o ciclo vai até 31/12/2026).", f.Headline);
    }

    [Fact]
    public void Credit_IsForecastInReais()
    {
        var f = Forecast(History(ConsumptionUnit.Credit, Cycle(used: 0, included: null, credit: (500m, 1000m))));

        Assert.Equal((50m, new DateOnly(2026, 12, 20)), (f.DailyPace, f.RunOutDate));
        Assert.Equal("No ritmo atual, o crédito acaba em 20/12/2026 (o ciclo vai até 31/12/2026).", f.Headline);
    }

    [Fact]
    public void ThePreviousPace_AveragesTheLastThreeClosedCycles()
    {
        // Closed cycles: Aug (ignored: only three count), Sep 30 days 900, Oct 31 days 1240, Nov 30 days 1100 → 3240 / 91.
        var history = History(
            ConsumptionUnit.Hours,
            Closed(new(2026, 8, 1), new(2026, 8, 31), 9999),
            Closed(new(2026, 9, 1), new(2026, 9, 30), 900),
            Closed(new(2026, 10, 1), new(2026, 10, 31), 1240),
            Closed(new(2026, 11, 1), new(2026, 11, 30), 1100),
            Cycle(used: 100, included: 1200));

        var f = Forecast(history);

        Assert.Equal(3240m / 91, f.PreviousDailyPace);

        // 1100 left at 35.6 a day: 31 days → past 31/12, so no date at the previous pace either.
        Assert.Null(f.RunOutDateAtPreviousPace);
    }

    [Fact]
    public void NothingUsedYet_HasNoPace()
    {
        var f = Forecast(Hours(used: 0, included: 1200));

        Assert.Equal((ForecastOutcome.NoConsumption, 0m, (DateOnly?)null), (f.Outcome, f.DailyPace, f.RunOutDate));
    }

    [Fact]
    public void TicketContracts_ContractsWithoutAllowance_AndNoCurrentCycle_HaveNoForecast()
    {
        Assert.Null(ConsumptionForecaster.Forecast(History(ConsumptionUnit.Tickets, Cycle(used: 60, included: 600)), 0m, Today));
        Assert.Null(ConsumptionForecaster.Forecast(History(ConsumptionUnit.Hours, Cycle(used: 60, included: null)), 0m, Today));
        Assert.Null(ConsumptionForecaster.Forecast(History(ConsumptionUnit.Hours, Closed(new(2026, 11, 1), new(2026, 11, 30), 60)), 0m, Today));
    }

    private static ConsumptionForecastDto Forecast(ContractConsumptionHistory history, decimal carried = 0m) =>
        ConsumptionForecaster.Forecast(history, carried, Today) ?? throw new InvalidOperationException("no forecast");

    private static ContractConsumptionHistory Hours(int used, int included) => History(ConsumptionUnit.Hours, Cycle(used, included));

    private static ContractConsumptionHistory History(ConsumptionUnit unit, params CycleConsumption[] cycles) =>
        new(Guid.NewGuid(), 7, "Banco de horas", Guid.NewGuid(), "Alfa", "Horas", unit, true, cycles);

    private static CycleConsumption Cycle(int used, int? included, (decimal Used, decimal Included)? credit = null) =>
        new(12, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), used, included, null, null, credit?.Used, credit?.Included, true, false);

    private static CycleConsumption Closed(DateOnly start, DateOnly end, int used) =>
        new(start.Month, start, end, used, 1200, null, null, null, null, false, true);
}
