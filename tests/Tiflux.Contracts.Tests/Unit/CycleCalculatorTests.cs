using Tiflux.Contracts.Cycles;
using Tiflux.Contracts.PublicApi;
using static Tiflux.Contracts.Tests.Unit.ContractBuilder;

namespace Tiflux.Contracts.Tests.Unit;

public sealed class CycleCalculatorTests
{
    [Fact]
    public void CalendarCycle_InAdvance_IsDueOnTheDueDayOfTheSameMonth_PendingNDaysBefore()
    {
        var contract = Contract(D(2026, 1, 1), BillingTiming.InAdvance, daysBefore: 5);

        var cycle = CycleCalculator.CycleContaining(contract, D(2026, 3, 15))!;

        Assert.Equal((D(2026, 3, 1), D(2026, 3, 31)), (cycle.Start, cycle.End));
        Assert.Equal(D(2026, 3, 10), cycle.DueDate);
        Assert.Equal(D(2026, 3, 5), cycle.PendingFrom);
        Assert.Equal(3, cycle.Index);
    }

    [Fact]
    public void CalendarCycle_InArrears_IsDueTheMonthAfter()
    {
        var contract = Contract(D(2026, 1, 1), BillingTiming.InArrears, daysBefore: 3);

        var cycle = CycleCalculator.CycleContaining(contract, D(2026, 3, 31))!;

        Assert.Equal(D(2026, 4, 10), cycle.DueDate);
        Assert.Equal(D(2026, 4, 7), cycle.PendingFrom);
    }

    [Fact]
    public void AnniversaryCycle_RunsFromTheStartDayToTheDayBeforeNextMonth()
    {
        var contract = Contract(D(2026, 1, 15), anchor: CycleAnchor.Anniversary);

        var cycle = CycleCalculator.CycleContaining(contract, D(2026, 3, 3))!;

        Assert.Equal((D(2026, 2, 15), D(2026, 3, 14)), (cycle.Start, cycle.End));
        Assert.Equal(D(2026, 3, 10), cycle.DueDate);
        Assert.Equal(2, cycle.Index);
    }

    [Fact]
    public void AnniversaryCycle_OnTheThirtyFirst_ClampsToShortMonths()
    {
        var contract = Contract(D(2026, 1, 31), anchor: CycleAnchor.Anniversary);

        var february = CycleCalculator.CycleContaining(contract, D(2026, 3, 1))!;

        Assert.Equal((D(2026, 2, 28), D(2026, 3, 30)), (february.Start, february.End));
    }

    [Fact]
    public void RiderChangeMidMonth_TakesEffectFromTheNextCycle()
    {
        var id = Guid.NewGuid();
        var contract = Contract(D(2026, 1, 1), riders:
        [
            Rider(id, 1, D(2026, 1, 1), D(2026, 3, 14), dueDay: 10, value: 1000m),
            Rider(id, 2, D(2026, 3, 15), null, dueDay: 20, value: 1100m),
        ]);

        var march = CycleCalculator.CycleContaining(contract, D(2026, 3, 20))!;
        var april = CycleCalculator.CycleContaining(contract, D(2026, 4, 1))!;

        Assert.Equal((1, D(2026, 3, 10)), (march.Rider.Release, march.DueDate));
        Assert.Equal((2, D(2026, 4, 20)), (april.Rider.Release, april.DueDate));
    }

    [Fact]
    public void ContractStartingMidMonth_HasAFirstCalendarCycleBilledByItsFirstRider()
    {
        var contract = Contract(D(2026, 1, 10));

        var first = CycleCalculator.CyclesFrom(contract).First();

        Assert.Equal((1, D(2026, 1, 1), D(2026, 1, 31)), (first.Index, first.Start, first.End));
        Assert.Null(CycleCalculator.CycleContaining(contract, D(2026, 1, 9)));
    }

    [Fact]
    public void ExpiringContract_WithoutRenewal_EndsWithItsTerm()
    {
        var contract = Contract(D(2026, 1, 1));
        contract.ExpirationDate = D(2026, 6, 30);

        var cycles = CycleCalculator.CyclesFrom(contract).ToList();

        Assert.Equal(6, cycles.Count);
        Assert.Equal(PublicApi.ContractStatus.Expired, contract.StatusOn(D(2026, 7, 1)));
    }

    [Fact]
    public void ExpiringContract_WithAutomaticRenewal_KeepsProducingCycles_AndTheTermMoves()
    {
        var contract = Contract(D(2026, 1, 1));
        contract.ExpirationDate = D(2026, 6, 30);
        contract.AutomaticRenewal = true;
        contract.DurationMonths = 6;

        var cycles = CycleCalculator.CyclesFrom(contract).Take(9).ToList();

        Assert.Equal(9, cycles.Count);
        Assert.Equal(D(2026, 12, 31), contract.TermEndOn(D(2026, 8, 1)));
        Assert.Equal(PublicApi.ContractStatus.Active, contract.StatusOn(D(2026, 8, 1)));
    }

    [Fact]
    public void CancelledContract_HasNoCycleStartingAfterTheCancellation()
    {
        var contract = Contract(D(2026, 1, 1));
        contract.CancelledOn = D(2026, 3, 20);

        var cycles = CycleCalculator.CyclesFrom(contract).ToList();

        Assert.Equal([1, 2, 3], cycles.Select(c => c.Index));
        Assert.Equal(PublicApi.ContractStatus.Cancelled, contract.StatusOn(D(2026, 3, 20)));
        Assert.Equal(PublicApi.ContractStatus.Active, contract.StatusOn(D(2026, 3, 19)));
    }

    [Fact]
    public void OpenContractWhoseRidersAllEnded_StopsProducingCycles()
    {
        var id = Guid.NewGuid();
        var contract = Contract(D(2026, 1, 1), riders: [Rider(id, 1, D(2026, 1, 1), D(2026, 2, 28), dueDay: 5)]);

        var cycles = CycleCalculator.CyclesFrom(contract).Take(10).ToList();

        Assert.Equal(2, cycles.Count);
    }

    [Fact]
    public void AdjustmentDateReached_MakesTheStatusPendingAdjustment()
    {
        var contract = Contract(D(2025, 1, 1));
        contract.AdjustmentIntervalMonths = 12;
        contract.NextAdjustmentDate = D(2026, 1, 1);

        Assert.Equal(PublicApi.ContractStatus.Active, contract.StatusOn(D(2025, 12, 31)));
        Assert.Equal(PublicApi.ContractStatus.PendingAdjustment, contract.StatusOn(D(2026, 1, 1)));
    }

    [Fact]
    public void DueDayBeforeAnniversaryStart_InAdvance_FallsInTheNextMonth()
    {
        var contract = Contract(D(2026, 1, 15), BillingTiming.InAdvance, CycleAnchor.Anniversary, daysBefore: 0,
            riders: [Rider(Guid.Empty, 1, D(2026, 1, 15), null, dueDay: 5)]);

        var cycle = CycleCalculator.CycleContaining(contract, D(2026, 1, 20))!;

        Assert.Equal(D(2026, 2, 5), cycle.DueDate);
    }
}
