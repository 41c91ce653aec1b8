using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Billing.Runs;
using Tiflux.Contracts;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// An automatic run on 20/04/2026 over 10 clients, cut into batches of about 4 cycles and billed by real Hangfire workers:
/// each client has a Livre contract billed in advance from 01/03 (March and April due) and every other client also a
/// Horas Cumulativas contract in arrears from 01/01 (January to March due, billed in order inside one batch).
/// </summary>
[Trait("Category", "Integration")]
public sealed class BillingRunFanOutTests : IAsyncLifetime
{
    private static readonly DateOnly RunDate = new(2026, 4, 20);

    private ModuleTestServices _services = null!;

    private InProcessHangfire Hangfire => _services.Provider.GetRequiredService<InProcessHangfire>();

    public async Task InitializeAsync()
    {
        _services = await ModuleTestServices.CreateAsync(new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero),
            s => s.AddContractsModule(), s => s.AddTicketsModule(), s => s.AddBillingModule(), InProcessHangfire.Register,
            s => s.Configure<BillingRunOptions>(o => o.CyclesPerBatch = 4));
        var free = Ok(await Admin(a => a.CreateContractTypeAsync("Livre", ContractModality.Free, default)));
        var cumulative = Ok(await Admin(a => a.CreateContractTypeAsync("Horas cumulativas", ContractModality.CumulativeHours, default)));
        for (var i = 0; i < 10; i++)
        {
            var client = Ok(await _services.InScopeAsync<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(
                new SaveClientRequest($"Cliente {i:00}", $"Cliente {i:00} Ltda", BillingWorld.Cnpj(100 + i), [$"fin{i}@cliente.com.br"], ClosingReportLayout.Detailed, ""), default)));
            await ContractAsync(client, free, $"Livre {i}", new DateOnly(2026, 3, 1), BillingTiming.InAdvance, 1000m + (i * 10m), null);
            if (i % 2 == 0)
            {
                await ContractAsync(client, cumulative, $"Banco {i}", new DateOnly(2026, 1, 1), BillingTiming.InArrears, 800m + i, 600);
            }
        }
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task EachDueCycle_IsBilledOnce_AsTheDryRunPricedIt_WithAnyNumberOfWorkers(int workers)
    {
        var plan = await _services.InScopeAsync<IBillingRuns, RunPlanDto>(r => r.PlanAsync(RunDate, default));
        for (var i = 0; i < workers; i++)
        {
            Hangfire.StartServer(_services.Provider, 1, BillingRunJobs.Queue);
        }

        var run = await RunToEnd.RunAsync(_services, RunDate, RunTrigger.Manual);

        Assert.Equal(35, plan.Cycles.Count); // 10 × 2 Livre + 5 × 3 cumulative
        Assert.All(plan.Cycles, c => Assert.Null(c.Problem));
        Assert.Equal((35, 35, 0, 0, plan.Total), (run.Considered, run.Billed, run.Skipped, run.Failed, run.TotalValue));
        Assert.True(run.Batches > workers, $"{run.Batches} batches");
        Assert.Equal(run.Batches, run.BatchesDone);
        await AssertBilledAsPlannedAsync(plan);
        Assert.Equal(
            $"{run.Billed}|{run.Skipped}|{run.Failed}|{run.TotalValue}",
            await Scalar<string>($"SELECT sum(billed) || '|' || sum(skipped) || '|' || sum(failed) || '|' || sum(total_value) FROM billing.run_batches WHERE run_id = '{run.Id}'"));
        Assert.Equal(35L, await Scalar<long>($"SELECT count(*) FROM billing.outbox_messages WHERE type = '{BillingEventTypes.AutomaticallyClosed}'"));
    }

    [Fact]
    public async Task TwoRunsAtOnce_OnFourWorkers_BillEachCycleOnce_AndTheSecondSkipsWhatTheFirstBilled()
    {
        for (var i = 0; i < 4; i++)
        {
            Hangfire.StartServer(_services.Provider, 1, BillingRunJobs.Queue);
        }

        var runs = await Task.WhenAll(RunToEnd.RunAsync(_services, RunDate, RunTrigger.Schedule), RunToEnd.RunAsync(_services, RunDate, RunTrigger.Manual));

        Assert.Equal(35, runs.Sum(r => r.Billed));
        Assert.All(runs, r => Assert.Equal(r.Considered, r.Billed + r.Skipped + r.Failed));
        Assert.Equal(0, runs.Sum(r => r.Failed));
        await AssertBilledOnceAsync(35);
    }

    [Fact]
    public async Task ACycleBilledByHand_AfterPlanning_IsSkippedByItsBatch_AndTheRestIsBilled()
    {
        var runId = await _services.InScopeAsync<IBillingRuns, Guid>(r => r.StartAsync(RunDate, RunTrigger.Manual, default));
        await RunPlanningJobAsync(runId);
        var plan = await _services.InScopeAsync<IBillingRuns, RunPlanDto>(r => r.PlanAsync(RunDate, default));
        var byHand = plan.Cycles.First(c => c.ContractName.StartsWith("Livre", StringComparison.Ordinal));
        var billed = await _services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
            BillPlannedCycle.RequestFor(byHand, RunDate) with { CreatedBy = "financeiro" }, default));
        Assert.True(billed.IsSuccess, string.Join("; ", billed.Errors.Select(e => e.Message)));

        Hangfire.StartServer(_services.Provider, 2, BillingRunJobs.Queue);
        var run = await RunToEnd.WaitAsync(_services, runId);

        Assert.Equal((35, 34, 1, 0), (run.Considered, run.Billed, run.Skipped, run.Failed));
        await AssertBilledOnceAsync(35);
    }

    [Fact]
    public async Task AContractChanged_WhileItsBatchWasPricing_IsPricedAgainBeforeBilling()
    {
        var clientId = await Scalar<Guid>("SELECT id FROM contracts.clients WHERE name = 'Cliente 01'");
        var contractId = await Scalar<Guid>($"SELECT id FROM contracts.contracts WHERE client_id = '{clientId}'");

        // Hold Cliente 01's billing lock, as a person's Faturar would, so its batch waits after pricing.
        await using var holder = new Npgsql.NpgsqlConnection(_services.Database.ConnectionString);
        await holder.OpenAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock(hashtextextended('billing-client:{clientId}', 0))", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        Hangfire.StartServer(_services.Provider, 1, BillingRunJobs.Queue);
        var runId = await _services.InScopeAsync<IBillingRuns, Guid>(r => r.StartAsync(RunDate, RunTrigger.Manual, default));
        await WaitUntilAsync("SELECT count(*) > 0 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
        await Scalar<int>($"UPDATE contracts.contract_riders SET value = value + 100 WHERE contract_id = '{contractId}'");
        await using (var release = new Npgsql.NpgsqlCommand("SELECT pg_advisory_unlock_all()", holder))
        {
            await release.ExecuteNonQueryAsync();
        }

        await RunToEnd.WaitAsync(_services, runId);

        Assert.Equal("1110.00|1110.00", await Scalar<string>(
            $"SELECT string_agg(b.real_value::text, '|' ORDER BY c.cycle_index) FROM billing.billed_cycles c JOIN billing.billings b ON b.id = c.billing_id WHERE c.contract_id = '{contractId}'"));
        await AssertBilledOnceAsync(35);
    }

    [Fact]
    public async Task ABatchRunAgain_AfterItsBillingsCommitted_BillsNothingMore()
    {
        Hangfire.StartServer(_services.Provider, 2, BillingRunJobs.Queue);
        var run = await RunToEnd.RunAsync(_services, RunDate, RunTrigger.Manual);
        var batchId = await Scalar<Guid>($"SELECT id FROM billing.run_batches WHERE run_id = '{run.Id}' AND number = 1");
        var cycles = await Scalar<int>($"SELECT cardinality(contract_ids) FROM billing.run_batches WHERE id = '{batchId}'");

        // As if Hangfire ran the job again after a crash that lost the "done" mark (a retry, or a job handed to another worker).
        await Scalar<int>($"UPDATE billing.run_batches SET done = false WHERE id = '{batchId}'");
        await _services.InScopeAsync<BillingRunJobs, bool>(async j => { await j.BillBatchAsync(batchId, default); return true; });

        await AssertBilledOnceAsync(35);
        Assert.Equal($"0|{cycles}|0", await Scalar<string>($"SELECT billed || '|' || skipped || '|' || failed FROM billing.run_batches WHERE id = '{batchId}'"));
    }

    [Fact]
    public async Task ABatchThatCannotBeWrittenInOneGo_BillsItsCyclesOneByOne_StillOnceAndNumberedInOrder()
    {
        // Self-test of the fallback: without the provisional numbers every batch's single transaction fails.
        await Scalar<int>("DROP SEQUENCE billing.provisional_billing_numbers");
        Hangfire.StartServer(_services.Provider, 2, BillingRunJobs.Queue);

        var run = await RunToEnd.RunAsync(_services, RunDate, RunTrigger.Manual);

        Assert.Equal((35, 35, 0), (run.Considered, run.Billed, run.Failed));
        await AssertBilledOnceAsync(35);
    }

    private async Task AssertBilledAsPlannedAsync(RunPlanDto plan)
    {
        await AssertBilledOnceAsync(plan.Cycles.Count);
        var billed = await Scalar<string>(
            "SELECT string_agg(c.contract_id || ':' || c.cycle_index || '=' || b.real_value, ',' ORDER BY c.contract_id, c.cycle_index) " +
            "FROM billing.billed_cycles c JOIN billing.billings b ON b.id = c.billing_id WHERE c.active");
        var planned = string.Join(",", plan.Cycles.OrderBy(c => c.ContractId.ToString(), StringComparer.Ordinal).ThenBy(c => c.CycleIndex)
            .Select(c => $"{c.ContractId}:{c.CycleIndex}={c.Total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.Equal(planned, billed);
    }

    /// <summary>No cycle billed twice, every cycle billed, numbers 1..n with no gap and none provisional.</summary>
    private async Task AssertBilledOnceAsync(int cycles)
    {
        Assert.Equal(0L, await Scalar<long>("SELECT count(*) FROM (SELECT 1 FROM billing.billed_cycles GROUP BY contract_id, cycle_index HAVING count(*) > 1) d"));
        Assert.Equal((long)cycles, await Scalar<long>("SELECT count(*) FROM billing.billed_cycles WHERE active"));
        Assert.Equal("1|" + cycles + "|" + cycles, await Scalar<string>("SELECT min(number) || '|' || max(number) || '|' || count(*) FROM billing.billings"));
    }

    private async Task WaitUntilAsync(string condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await Scalar<bool>(condition))
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for: " + condition);
            await Task.Delay(50);
        }
    }

    private async Task RunPlanningJobAsync(Guid runId) =>
        await _services.InScopeAsync<PlanRunBatches, bool>(async p => { await p.HandleAsync(runId, RunDate, RunTrigger.Manual, default); return true; });

    private async Task<T> Scalar<T>(string sql) => (await _services.Database.ScalarAsync<T>(sql))!;

    private Task<T> Admin<T>(Func<IContractsAdministration, Task<T>> action) => _services.InScopeAsync(action);

    private async Task ContractAsync(Guid client, Guid type, string name, DateOnly start, BillingTiming timing, decimal value, int? includedMinutes)
    {
        var settings = new ContractSettingsRequest(name, timing, 0, true, start, null, null, false, CycleAnchor.CalendarMonth,
            null, null, true, "", includedMinutes is null ? null : 1200, includedMinutes is null ? null : 3, 0, 0, false, null, [], []);
        var rider = new RiderTermsRequest(start, null, 10, value, 0m, DiscountType.Currency, includedMinutes, includedMinutes is null ? null : 150m,
            null, null, null, null, null, null, [], "");
        Ok(await Admin(a => a.CreateContractAsync(new CreateContractRequest(client, type, settings, rider, "teste"), default)));
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }
}
