using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// The dry run's diff against the last plan of the same date (docs/decisions/0034): on 20/04/2026, an automatic Horas
/// contract in arrears from 01/03/2026 (R$ 1.000,00, 2:00 included, R$ 100,00 per excess hour, due day 10) has its
/// March cycle due, with 3:00 logged in March (excess 1:00 = R$ 100,00).
/// </summary>
[Trait("Category", "Integration")]
public sealed class RunDiffTests : IAsyncLifetime
{
    private static readonly DateOnly RunDate = new(2026, 4, 20);

    private readonly BillingWorld _world = new();

    private Guid _client;
    private Guid _contract;
    private Guid _rider;
    private int _ticket;

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        (_client, _contract, _rider) = await AutomaticHoursContractAsync("Ômega Logística", BillingWorld.Cnpj(90_000_025));
        _ticket = await _world.OpenTicketAsync(_client);
        await _world.ContractEntryAsync(_ticket, "2026-03-05", 3, _rider);
    }

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task FirstPlan_ThenTheSamePlan_SaysNothingChangedSinceTheFirst()
    {
        var first = await CompareAsync("fin");
        _world.Services.Clock.Advance(TimeSpan.FromMinutes(30));
        var second = await CompareAsync("outra");

        Assert.True(first.IsFirstPlan);
        Assert.True(second.Unchanged);
        Assert.Equal((BillingWorld.Now, "fin"), (second.PreviousAt!.Value, second.PreviousBy));
        Assert.Equal(1L, await _world.Services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.run_plans"));
    }

    [Fact]
    public async Task ATimeEntryInTheCycle_ShowsTheCycleChanged_WithTheExactDifference_AndTheExcessLine()
    {
        var before = await CompareAsync("fin");
        await _world.ContractEntryAsync(_ticket, "2026-03-06", 2, _rider);

        var diff = await CompareAsync("fin");

        var change = Assert.Single(diff.Changes);
        Assert.Equal((PlanChangeKind.Changed, _contract, 1), (change.Kind, change.ContractId, change.CycleIndex));
        Assert.Equal((1100m, 1300m, 200m), (change.Before!.Value, change.After!.Value, change.Difference));
        var line = Assert.Single(change.Lines);
        Assert.Equal((PlanChangeKind.Changed, 100m, 300m), (line.Kind, line.Before!.Value, line.After!.Value));
        Assert.StartsWith("Horas excedentes", line.Description, StringComparison.Ordinal);
        Assert.True(before.IsFirstPlan);
    }

    [Fact]
    public async Task ACycleBilledMeanwhile_ShowsRemoved_AndANewDueCycleShowsNew()
    {
        var plan = await CompareAsync("fin");
        Assert.True(plan.IsFirstPlan);
        var cycle = Assert.Single((await PlanAsync()).Cycles);
        var billed = await _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(new CommitBillingRequest(
            new BillingDraftRequest(_client, new PendingRequest(RunDate, null, [_client], PendingScope.Contracts), [cycle.Lines[0].GroupKey], false),
            null, RunDate, RunDate, 0m, 0m, null, null, [], "financeiro"), default));
        Assert.True(billed.IsSuccess, string.Join("; ", billed.Errors.Select(e => e.Message)));
        var (_, other, _) = await AutomaticHoursContractAsync("Sigma Transportes", BillingWorld.Cnpj(90_000_026));

        var diff = await CompareAsync("fin");

        Assert.Equal(2, diff.Changes.Count);
        var removed = Assert.Single(diff.Changes, c => c.Kind == PlanChangeKind.Removed);
        Assert.Equal((_contract, 1, 1100m, (decimal?)null), (removed.ContractId, removed.CycleIndex, removed.Before!.Value, removed.After));
        var added = Assert.Single(diff.Changes, c => c.Kind == PlanChangeKind.Added);
        Assert.Equal((other, 1, (decimal?)null, 1000m), (added.ContractId, added.CycleIndex, added.Before, added.After!.Value));
        Assert.Equal(-100m, diff.Difference);
    }

    private Task<RunPlanDto> PlanAsync() => _world.Services.InScopeAsync<IBillingRuns, RunPlanDto>(r => r.PlanAsync(RunDate, default));

    private async Task<RunPlanDiffDto> CompareAsync(string by)
    {
        var plan = await PlanAsync();
        return await _world.Services.InScopeAsync<IBillingRunDiffs, RunPlanDiffDto>(d => d.CompareAndRecordAsync(plan, by, default));
    }

    /// <summary>A client with a Horas contract from 01/03/2026 switched to automatic billing.</summary>
    private async Task<(Guid Client, Guid Contract, Guid Rider)> AutomaticHoursContractAsync(string name, string cnpj)
    {
        var created = await _world.ContractForAsync(name, cnpj, ContractModality.Hours, new DateOnly(2026, 3, 1),
            r => r with { Value = 1000m, IncludedMinutes = 120, SurplusHourRate = 100m });
        var details = await _world.Services.InScopeAsync<IContractsAdministration, ContractDetailsDto?>(a => a.GetContractDetailsAsync(created.Contract, default));
        var saved = await _world.Services.InScopeAsync<IContractsAdministration, Result>(a => a.UpdateContractSettingsAsync(
            created.Contract, details!.Settings with { AutomaticBilling = true }, default));
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
        return created;
    }
}
