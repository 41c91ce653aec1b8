using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.Forecast;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// The forecast on real modules (today 20/04/2026): a Horas Cumulativas bank of 10:00 a month whose March left 6:00 that
/// only count once March is billed (the ledger is the one record of a balance), and the dashboard's stored list.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ConsumptionForecastTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    private readonly BillingWorld _world = new();

    private Guid _client;

    private Guid _contract;

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        await _world.Tickets(async (Tiflux.Tickets.PublicApi.ITicketSetup t) =>
        {
            await t.SaveSettingsAsync(new Tiflux.Tickets.PublicApi.TicketSettingsDto(AllowOverlappingEntries: true), default);
            return true;
        });

        // March: 4:00 of 10:00 → 6:00 carried once billed. April so far: 6:00 + 6:00 = 12:00.
        (_client, _contract, var rider) = await _world.CumulativeContractAsync("Ômega Previsão", "11.222.333/0003-43", new DateOnly(2026, 3, 1), 1000m, 600, 100m, null, null);
        var ticket = await _world.OpenTicketAsync(_client);
        foreach (var (date, hours) in new[] { ("2026-03-10", 4), ("2026-04-02", 6), ("2026-04-09", 6) })
        {
            await _world.ContractEntryAsync(ticket, date, hours, rider);
        }
    }

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task CarriedHours_CountOnceTheirCycleIsBilled_AndLeaveWithItsReversal()
    {
        // Unbilled March: 12:00 used of 10:00 → already out.
        var before = await ForecastAsync();
        Assert.Equal((0m, 600m, 720m, ForecastOutcome.Exhausted), (before.Carried, before.Included, before.Used, before.Outcome));

        var billing = await BillMarchAsync();
        var after = await ForecastAsync();

        // 12:00 in 20 days = 36 min a day; 16:00 − 12:00 = 240 min last ⌈6.67⌉ = 7 days → 27/04.
        Assert.Equal((360m, 960m, 36m, ForecastOutcome.RunsOut, (DateOnly?)new DateOnly(2026, 4, 27)), (after.Carried, after.Available, after.DailyPace, after.Outcome, after.RunOutDate));
        Assert.Equal("No ritmo atual, as horas acabam em 27/04/2026 (o ciclo vai até 30/04/2026).", after.Headline);

        // The previous pace: March's 4:00 over 31 days.
        Assert.Equal(240m / 31, after.PreviousDailyPace);

        var reversed = await _world.Services.InScopeAsync<IBillingWorkflow, Result>(w => w.ReverseBillingAsync(billing, "Conferência", "financeiro", default));
        Assert.True(reversed.IsSuccess);
        var afterReversal = await ForecastAsync();
        Assert.Equal((0m, ForecastOutcome.Exhausted), (afterReversal.Carried, afterReversal.Outcome));
    }

    [Fact]
    public async Task TheDashboardList_ReadsTheStoredSnapshot_SoonestFirst()
    {
        await BillMarchAsync();
        Assert.Null((await RunningOutAsync()).ComputedAt);

        var stored = await _world.Services.InScopeAsync<ForecastSnapshotJob, int>(j => j.RunAsync(default));
        var list = await RunningOutAsync();

        var live = await _world.Services.InScopeAsync<ForecastContracts, IReadOnlyList<ConsumptionForecastDto>>(f => f.HandleAsync(null, default));
        Assert.Equal(live.Count, stored);
        var running = live.Where(f => f.Outcome is ForecastOutcome.RunsOut or ForecastOutcome.Exhausted).ToList();
        Assert.NotEmpty(running);
        Assert.Equal(running.Count, list.Count);
        var mine = Assert.Single(list.Items, i => i.ContractId == _contract);
        Assert.Equal((new DateOnly(2026, 4, 27), ForecastOutcome.RunsOut), (mine.RunOutDate!.Value, mine.Outcome));
        Assert.Equal(
            [.. list.Items.OrderBy(i => i.Outcome == ForecastOutcome.Exhausted ? 0 : 1).ThenBy(i => i.RunOutDate).ThenBy(i => i.ClientName, StringComparer.Ordinal).Select(i => i.ContractId)],
            list.Items.Select(i => i.ContractId));

        // A second run replaces the rows instead of adding to them.
        Assert.Equal(stored, await _world.Services.InScopeAsync<ForecastSnapshotJob, int>(j => j.RunAsync(default)));
        Assert.Equal(running.Count, (await RunningOutAsync()).Count);
    }

    private async Task<ConsumptionForecastDto> ForecastAsync() =>
        Assert.Single(await _world.Services.InScopeAsync<IBillingForecast, IReadOnlyList<ConsumptionForecastDto>>(f => f.GetForClientAsync(_client, default)));

    private Task<ForecastWatchlistDto> RunningOutAsync() =>
        _world.Services.InScopeAsync<IBillingForecast, ForecastWatchlistDto>(f => f.GetRunningOutAsync(100, default));

    private async Task<Guid> BillMarchAsync()
    {
        var filters = new PendingRequest(Today, null, [_client], PendingScope.Contracts);
        var group = (await _world.LinesAsync(filters)).First(l => l.CycleIndex == 1).GroupKey;
        var created = await _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
            new CommitBillingRequest(new BillingDraftRequest(_client, filters, [group], false), null, Today, Today.AddDays(10), 0m, 0m, null, "", [], "financeiro"), default));
        Assert.True(created.IsSuccess, string.Join("; ", created.Errors.Select(e => e.Message)));
        return created.Value.Id;
    }
}
