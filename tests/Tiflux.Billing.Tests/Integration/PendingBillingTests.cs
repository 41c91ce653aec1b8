using System.Text.Json;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>The engine end to end on real modules and PostgreSQL; expected values computed by hand (see <see cref="BillingWorld"/>).</summary>
[Trait("Category", "Integration")]
public sealed class PendingBillingTests(BillingWorld world) : IClassFixture<BillingWorld>
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    private static PendingRequest OnBase(DateOnly date, PendingScope scope = PendingScope.Both) => new(date, null, null, scope);

    [Fact]
    public async Task HoursInArrears_MarchFeeAndExcess_EntryOnTheDayAfterThePeriodIsNotCounted()
    {
        var lines = (await world.LinesAsync(OnBase(Today))).Where(l => l.ContractId == world.AlfaContract).ToList();

        // 6:00 (01/03) + 4:30 (31/03) = 10:30; 10:30 − 10:00 = 0:30 × R$ 150,00/h = R$ 75,00. The 3:00 of 01/04 would make it R$ 525,00.
        Assert.Equal([(PendingLineKind.ContractFee, 2000.00m, 1), (PendingLineKind.HoursExcess, 75.00m, 1)], [.. lines.Select(l => (l.Kind, l.Amount, l.CycleIndex!.Value))]);
        var excess = lines[1];
        Assert.Contains("(10:30 − 10:00) × R$ 150,00/h = 00:30 × R$ 150,00/h = R$ 75,00", excess.Explanation.Formula, StringComparison.Ordinal);
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), (excess.PeriodStart!.Value, excess.PeriodEnd!.Value));
        Assert.Equal(new DateOnly(2026, 4, 10), excess.DueDate);
        Assert.Equal([(new DateOnly(2026, 3, 1), 360, true), (new DateOnly(2026, 3, 31), 270, false)], [.. excess.Explanation.Entries.Select(e => (e.Date, e.RawMinutes, e.Reviewed))]);
        Assert.DoesNotContain(excess.Explanation.Entries, e => e.EntryId == world.AprilFirstEntry);
    }

    [Fact]
    public async Task PerTicket_ATicketCountsOnceInTheCycleOfItsFirstEntry_WarrantyOnlyTicketsDoNot()
    {
        var march = (await world.LinesAsync(OnBase(Today))).Where(l => l.ContractId == world.BetaContract).ToList();
        var april = (await world.LinesAsync(new PendingRequest(Today, new DateOnly(2026, 5, 10), null, PendingScope.Contracts))).Where(l => l.ContractId == world.BetaContract).ToList();

        // March: tickets of 10/03 and 20/03 count (the warranty-only one does not): (2 − 1) × R$ 50,00 = R$ 50,00.
        Assert.Equal([(PendingLineKind.ContractFee, 500.00m), (PendingLineKind.TicketExcess, 50.00m)], [.. march.Select(l => (l.Kind, l.Amount))]);
        Assert.Contains("(2 − 1) × R$ 50,00 = R$ 50,00", march[1].Explanation.Formula, StringComparison.Ordinal);
        // April: the ticket with an entry on 02/04 was already counted in March.
        Assert.Equal([(PendingLineKind.ContractFee, 500.00m, 2)], [.. april.Select(l => (l.Kind, l.Amount, l.CycleIndex!.Value))]);
    }

    [Fact]
    public async Task Standalone_OnlyReviewedTickets_RideAlongTravelNotChargedTwice()
    {
        var lines = (await world.LinesAsync(OnBase(Today, PendingScope.Standalone))).Where(l => l.ClientId == world.Alfa).ToList();

        Assert.All(lines, l => Assert.False(l.IsContractLine));
        Assert.DoesNotContain(lines, l => l.TicketNumber == world.AlfaAwaitingTicket);
        Assert.Equal(
            [
                (world.AlfaReviewedTicket, PendingLineKind.StandaloneEntry, 120.00m),
                (world.AlfaReviewedTicket, PendingLineKind.StandaloneEntry, 180.00m),
                (world.AlfaReviewedTicket, PendingLineKind.Travel, 75.00m),
                (world.AlfaRideAlongTicket, PendingLineKind.StandaloneEntry, 180.00m),
            ],
            [.. lines.Select(l => (l.TicketNumber!.Value, l.Kind, l.Amount)).Order()]);
        Assert.Contains(lines, l => l.Explanation.Formula == "01:00 × R$ 120,00/h = R$ 120,00");
        Assert.Contains(lines, l => l.Explanation.Formula == "01:00 × R$ 180,00/h = R$ 180,00");
    }

    [Fact]
    public async Task Standalone_ReviewedAfterTheBaseDate_IsNotPendingYet()
    {
        var lines = await world.LinesAsync(OnBase(Today.AddDays(-1), PendingScope.Standalone));

        Assert.Empty(lines);
    }

    [Fact]
    public async Task Cycle_BecomesPendingExactlyNDaysBeforeItsDueDate()
    {
        // Due 10/04/2026, billed 5 days before: pending from 05/04/2026.
        var before = await world.LinesAsync(OnBase(new DateOnly(2026, 4, 4), PendingScope.Contracts));
        var on = await world.LinesAsync(OnBase(new DateOnly(2026, 4, 5), PendingScope.Contracts));

        Assert.Empty(before);
        Assert.Equal(4, on.Count);
        Assert.All(on, l => Assert.Equal((1, new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 5)), (l.CycleIndex!.Value, l.DueDate!.Value, l.ReferenceDate)));
    }

    [Fact]
    public async Task ExactDueDate_ReturnsOnlyCyclesDueThatDay()
    {
        var april10 = await world.LinesAsync(new PendingRequest(Today, new DateOnly(2026, 4, 10), null, PendingScope.Contracts));
        var may10 = await world.LinesAsync(new PendingRequest(Today, new DateOnly(2026, 5, 10), null, PendingScope.Contracts));
        var april11 = await world.LinesAsync(new PendingRequest(Today, new DateOnly(2026, 4, 11), null, PendingScope.Both));

        Assert.All(april10, l => Assert.Equal((1, new DateOnly(2026, 4, 10)), (l.CycleIndex!.Value, l.DueDate!.Value)));
        Assert.Equal(2075.00m + 550.00m, april10.Sum(l => l.Amount));
        // April: Alfa used 3:00 of 10:00 (no excess); Beta counted no new ticket.
        Assert.Equal([(PendingLineKind.ContractFee, 2000.00m), (PendingLineKind.ContractFee, 500.00m)], [.. may10.Select(l => (l.Kind, l.Amount))]);
        Assert.All(may10, l => Assert.Equal((2, new DateOnly(2026, 5, 10)), (l.CycleIndex!.Value, l.DueDate!.Value)));
        Assert.Empty(april11);
    }

    [Fact]
    public async Task ExactDueDate_IncludesStandaloneValuesReviewedUpToThatDate()
    {
        var lines = await world.LinesAsync(new PendingRequest(Today, new DateOnly(2026, 5, 10), [world.Alfa], PendingScope.Standalone));

        Assert.Equal(555.00m, lines.Sum(l => l.Amount));
    }

    [Fact]
    public async Task Totals_SumBillableAmountsPerClient()
    {
        var totals = await world.TotalsAsync(OnBase(Today));

        Assert.Equal(
            [
                ("Alfa Serviços", 2075.00m, 555.00m, 2630.00m, (DateOnly?)new DateOnly(2026, 4, 10)),
                ("Beta Comércio", 550.00m, 0m, 550.00m, (DateOnly?)new DateOnly(2026, 4, 10)),
            ],
            [.. totals.Select(t => (t.ClientName, t.ContractTotal, t.StandaloneTotal, t.Total, t.EarliestDueDate))]);
    }

    [Fact]
    public async Task Lines_AreDeterministic_AndGroupedByClientThenContractThenStandalone()
    {
        var first = await world.LinesAsync(OnBase(Today));
        var second = await world.LinesAsync(OnBase(Today));

        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
        Assert.Equal(
            ["Alfa Serviços:C", "Alfa Serviços:S", "Beta Comércio:C"],
            [.. first.Select(l => l.ClientName + ":" + (l.IsContractLine ? "C" : "S")).Distinct()]);
        Assert.Equal(first.Count, first.Select(l => l.Key).Distinct().Count());
    }

    [Fact]
    public async Task ComputingIsReadOnly_NothingIsWrittenToTheBillingSchema()
    {
        await world.LinesAsync(OnBase(Today));
        await world.TotalsAsync(OnBase(Today));

        Assert.Equal(0L, await world.Services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.balance_ledger"));
    }
}
