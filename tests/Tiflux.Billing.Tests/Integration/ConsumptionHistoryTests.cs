using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// The consumption charts' query (issue 23) on real modules and PostgreSQL: every cycle equals what the billing engine's
/// own usage measure (<see cref="IBillingModule.GetCurrentUsageAsync"/>) says for that cycle, and the numbers by hand
/// from <see cref="BillingWorld"/> (today 20/04/2026).
/// </summary>
[Trait("Category", "Integration")]
public sealed class ConsumptionHistoryTests(BillingWorld world) : IClassFixture<BillingWorld>
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    [Fact]
    public async Task EachCycle_EqualsTheBillingEnginesUsage_ForThatCycle()
    {
        var alfa = Assert.Single(await HistoryAsync(new ConsumptionHistoryRequest([world.Alfa], false, Today)));
        Assert.Equal((world.AlfaContract, ConsumptionUnit.Hours, "Alfa Serviços", true), (alfa.ContractId, alfa.Unit, alfa.ClientName, alfa.Active));
        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1)], alfa.Cycles.Select(c => c.Start));

        // March is closed: 6:00 + 4:30 against 10:00 included. April is the current cycle: 3:00 on 01/04 so far.
        var (march, april) = (alfa.Cycles[0], alfa.Cycles[1]);
        Assert.Equal((630, 600, 30m, false, true), (march.UsedMinutes, march.IncludedMinutes, march.Excess(alfa.Unit), march.IsCurrent, march.IsClosed));
        Assert.Equal((180, true, false), (april.UsedMinutes, april.IsCurrent, april.IsClosed));
        AssertSame(Assert.Single(await UsageAsync(world.Alfa, Today)), april);
        AssertSame(Assert.Single(await UsageAsync(world.Alfa, new DateOnly(2026, 3, 15))), march);
    }

    [Fact]
    public async Task PerTicketContracts_CountDistinctTickets_WarrantyOut()
    {
        var beta = Assert.Single(await HistoryAsync(new ConsumptionHistoryRequest([world.Beta], false, Today)));
        Assert.Equal(ConsumptionUnit.Tickets, beta.Unit);

        // March: tickets #1 and #2 (the warranty-only #3 does not count) against 1 included; April: #2 again.
        Assert.Equal([(2m, (decimal?)1m, 1m), (1m, 1m, 0m)], beta.Cycles.Select(c => (c.Consumed(beta.Unit), c.Included(beta.Unit), c.Excess(beta.Unit))));
        AssertSame(Assert.Single(await UsageAsync(world.Beta, new DateOnly(2026, 3, 15))), beta.Cycles[0]);
        AssertSame(Assert.Single(await UsageAsync(world.Beta, Today)), beta.Cycles[1]);
    }

    [Fact]
    public async Task TheClientFilter_TheCycleCap_AndInactiveContracts()
    {
        var (client, contract, rider) = await world.ContractForAsync(
            "Delta Cancelada", BillingWorld.Cnpj(90_000_231), ContractModality.Hours, new DateOnly(2026, 3, 1), r => r with { Value = 900m, IncludedMinutes = 300, SurplusHourRate = 100m });
        var ticket = await world.OpenTicketAsync(client);
        await world.ContractEntryAsync(ticket, "2026-03-11", 2, rider);
        var cancelled = await world.Services.InScopeAsync<IContractsAdministration, Tiflux.SharedKernel.Result>(a =>
            a.CancelContractAsync(contract, new DateOnly(2026, 3, 31), "encerrado", default));
        Assert.True(cancelled.IsSuccess, string.Join("; ", cancelled.Errors.Select(e => e.Message)));

        var everyone = await HistoryAsync(new ConsumptionHistoryRequest(null, false, Today));
        Assert.Contains(everyone, h => h.ClientId == world.Alfa);
        Assert.Contains(everyone, h => h.ClientId == world.Beta);
        Assert.DoesNotContain(everyone, h => h.ContractId == contract);
        Assert.Equal([world.Alfa], (await HistoryAsync(new ConsumptionHistoryRequest([world.Alfa], true, Today))).Select(h => h.ClientId).Distinct());

        var withInactive = Assert.Single(await HistoryAsync(new ConsumptionHistoryRequest([client], true, Today)));
        Assert.False(withInactive.Active);
        var last = Assert.Single(withInactive.Cycles);
        Assert.Equal((new DateOnly(2026, 3, 1), 120, true, false), (last.Start, last.UsedMinutes, last.IsClosed, last.IsCurrent));

        var capped = Assert.Single(await HistoryAsync(new ConsumptionHistoryRequest([world.Alfa], false, Today) { MaxCycles = 1 }));
        Assert.Equal(new DateOnly(2026, 4, 1), Assert.Single(capped.Cycles).Start);
    }

    private static void AssertSame(ContractUsageDto usage, CycleConsumption cycle) =>
        Assert.Equal(
            (usage.CycleIndex, usage.CycleStart, usage.CycleEnd, usage.UsedMinutes, usage.IncludedMinutes, usage.UsedTickets, usage.IncludedTickets, usage.UsedCredit, usage.IncludedCredit),
            (cycle.Index, cycle.Start, cycle.End, cycle.UsedMinutes, cycle.IncludedMinutes, cycle.UsedTickets, cycle.IncludedTickets, cycle.UsedCredit, cycle.IncludedCredit));

    private Task<IReadOnlyList<ContractConsumptionHistory>> HistoryAsync(ConsumptionHistoryRequest request) =>
        world.Services.InScopeAsync<IBillingModule, IReadOnlyList<ContractConsumptionHistory>>(b => b.GetConsumptionHistoryAsync(request, default));

    private Task<IReadOnlyList<ContractUsageDto>> UsageAsync(Guid client, DateOnly date) =>
        world.Services.InScopeAsync<IBillingModule, IReadOnlyList<ContractUsageDto>>(b => b.GetCurrentUsageAsync(client, date, default));
}
