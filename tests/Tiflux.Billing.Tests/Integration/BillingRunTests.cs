using Microsoft.Extensions.DependencyInjection;
using Tiflux.Notifications;
using Tiflux.Reporting;
using Tiflux.Billing.PublicApi;
using Tiflux.Billing.Runs;
using Tiflux.Contracts;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// Automatic billing on 20/04/2026 with two Livre contracts billed in advance from 01/03/2026 (due day 10, so the March
/// and April cycles are due) plus one whose client has no finance e-mail, and one contract billed by hand only.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BillingRunTests : IAsyncLifetime
{
    private static readonly DateOnly RunDate = new(2026, 4, 20);

    private ModuleTestServices _services = null!;
    private Guid _broken;

    public async Task InitializeAsync()
    {
        _services = await ModuleTestServices.CreateAsync(new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero),
            s => s.AddContractsModule(), s => s.AddTicketsModule(), s => s.AddBillingModule(), s => s.AddReportingModule(), s => s.AddSingleton<Tiflux.Reporting.PublicApi.IAttachmentLinkSigner, Tiflux.TestKit.TestAttachmentLinks>(), s => s.AddNotificationsModule(), s => s.AddSingleton<Tiflux.Notifications.PublicApi.IPublicLinks, Tiflux.TestKit.TestPublicLinks>(), s => s.AddSingleton<Tiflux.Notifications.PublicApi.IStaffContacts, Tiflux.TestKit.TestStaffContacts>(), InProcessHangfire.Register);
        _services.Provider.GetRequiredService<InProcessHangfire>().StartServer(_services.Provider, workers: 2, BillingRunJobs.Queue);
        var type = Ok(await Admin(a => a.CreateContractTypeAsync("Livre", ContractModality.Free, default)));
        await ContractAsync(type, "Alfa", "11.222.333/0001-81", ["fin@alfa.com.br"], automatic: true, 1000m);
        await ContractAsync(type, "Beta", "11.444.777/0001-61", ["fin@beta.com.br"], automatic: true, 2500m);
        _broken = await ContractAsync(type, "Gama", "529.982.247-25", [], automatic: true, 700m);
        await ContractAsync(type, "Delta", "111.444.777-35", ["fin@delta.com.br"], automatic: false, 900m);
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    private Task<T> Runs<T>(Func<IBillingRuns, Task<T>> action) => _services.InScopeAsync(action);

    private Task<BillingRunSummary> RunAsync(RunTrigger trigger) => RunToEnd.RunAsync(_services, RunDate, trigger);

    private Task<T> Admin<T>(Func<IContractsAdministration, Task<T>> action) => _services.InScopeAsync(action);

    [Fact]
    public async Task DryRun_ListsTheDueAutomaticCycles_AndWritesNothing()
    {
        var plan = await Runs(r => r.PlanAsync(RunDate, default));

        Assert.Equal(6, plan.Cycles.Count);
        Assert.Equal(7000m, plan.Total);
        Assert.All(plan.Cycles.Where(c => c.ContractId == _broken), c => Assert.Equal("Cliente sem e-mail financeiro para receber o faturamento.", c.Problem));
        Assert.Equal(0L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.billings"));
    }

    [Fact]
    public async Task Run_BillsWhatTheDryRunShowed_RecordsFailures_AndASecondRunBillsNothing()
    {
        var plan = await Runs(r => r.PlanAsync(RunDate, default));

        var first = await RunAsync(RunTrigger.Manual);
        var second = await RunAsync(RunTrigger.Manual);

        Assert.Equal((6, 4, 0, 2, plan.Total), (first.Considered, first.Billed, first.Skipped, first.Failed, first.TotalValue));
        Assert.Equal((0, 2), (second.Billed, second.Failed));
        Assert.Equal(4L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.billings"));
        await DeliverBillingEventsAsync();
        Assert.Equal(4L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));
        var errors = await Runs(r => r.GetErrorsAsync(false, default));
        Assert.Equal([1, 2], errors.Select(e => e.CycleIndex).Order());
        Assert.All(errors, e => Assert.Equal(_broken, e.ContractId));
    }

    [Fact]
    public async Task Run_EmailsEachBillingsClosingReportOnce_ThroughTheOutbox_EvenWhenTheEventsAreReplayed()
    {
        await RunAsync(RunTrigger.Manual);
        Assert.Equal(0L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));
        Assert.Equal(4L, await _services.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM billing.outbox_messages WHERE type = '{BillingEventTypes.AutomaticallyClosed}'"));

        await DeliverBillingEventsAsync();
        await _services.Database.ScalarAsync<int>("UPDATE billing.outbox_messages SET processed_at = NULL");
        await DeliverBillingEventsAsync();

        Assert.Equal(4L, await _services.Database.ScalarAsync<long>(
            "SELECT count(DISTINCT related_id) FROM notifications.outgoing_messages WHERE kind = 'BillingPdf' AND requested_by = 'Faturamento automático'"));
        Assert.Equal(4L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));
        Assert.Equal(0L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.outbox_messages WHERE processed_at IS NULL"));
        Assert.Equal(
            await _services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.billings"),
            await _services.Database.ScalarAsync<long>(
                "SELECT count(*) FROM notifications.outgoing_messages WHERE recipients LIKE 'fin@%' AND attachment_layout IS NOT NULL"));
    }

    [Fact]
    public async Task BillingByHand_EmailsNothingAutomatically()
    {
        var plan = await Runs(r => r.PlanAsync(RunDate, default));
        var cycle = plan.Cycles.First(c => c.Problem is null);
        var billed = await _services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(new CommitBillingRequest(
            new BillingDraftRequest(cycle.ClientId, new PendingRequest(RunDate, null, [cycle.ClientId], PendingScope.Contracts), [cycle.Lines[0].GroupKey], false),
            null, RunDate, RunDate, 0m, 0m, null, null, [], "financeiro"), default));
        Assert.True(billed.IsSuccess, string.Join("; ", billed.Errors.Select(e => e.Message)));

        await DeliverBillingEventsAsync();

        Assert.Equal(0L, await _services.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM billing.outbox_messages WHERE type = '{BillingEventTypes.AutomaticallyClosed}'"));
        Assert.Equal(0L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));
    }

    [Fact]
    public async Task TwoRunsInParallel_BillEachCycleOnce()
    {
        var results = await Task.WhenAll(
            RunAsync(RunTrigger.Schedule),
            RunAsync(RunTrigger.Manual));

        Assert.Equal(4, results.Sum(r => r.Billed));
        Assert.Equal(4L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.billed_cycles WHERE active"));
    }

    [Fact]
    public async Task IgnoredError_IsSkippedByLaterRuns_AndRetryBillsOnceTheCauseIsFixed()
    {
        await RunAsync(RunTrigger.Manual);
        var errors = await Runs(r => r.GetErrorsAsync(false, default));
        var march = errors.Single(e => e.CycleIndex == 1);
        var april = errors.Single(e => e.CycleIndex == 2);

        var ignored = await Runs(r => r.IgnoreAsync(march.Id, "fin", default));
        var clientId = march.ClientId;
        await _services.InScopeAsync<IClientsAdministration, Result>(c => c.UpdateClientAsync(clientId, new SaveClientRequest("Gama", "Gama Ltda", "529.982.247-25", ["fin@gama.com.br"], ClosingReportLayout.Detailed, ""), default));
        var retried = await Runs(r => r.RetryAsync(april.Id, "fin", default));
        var plan = await Runs(r => r.PlanAsync(RunDate, default));

        Assert.True(ignored.IsSuccess);
        Assert.True(retried.IsSuccess, string.Join("; ", retried.Errors.Select(e => e.Message)));
        Assert.Empty(plan.Cycles);
        Assert.Equal(5L, await _services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.billings"));
    }

    /// <summary>What Hangfire does every minute: billing's outbox delivered to the consumers other modules registered.</summary>
    private async Task DeliverBillingEventsAsync()
    {
        await using var scope = _services.Provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Outbox.BillingOutboxJob>().RunAsync(default);
    }

    private async Task<Guid> ContractAsync(Guid type, string name, string taxId, IReadOnlyList<string> emails, bool automatic, decimal value)
    {
        var client = Ok(await _services.InScopeAsync<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(new SaveClientRequest(name, name + " Ltda", taxId, emails, ClosingReportLayout.Detailed, ""), default)));
        var start = new DateOnly(2026, 3, 1);
        var settings = new ContractSettingsRequest($"Suporte {name}", BillingTiming.InAdvance, 0, automatic, start, null, null, false, CycleAnchor.CalendarMonth,
            null, null, true, "", null, null, 0, 0, false, null, [], []);
        var rider = new RiderTermsRequest(start, null, 10, value, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], "");
        return Ok(await Admin(a => a.CreateContractAsync(new CreateContractRequest(client, type, settings, rider, "teste"), default)));
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }
}
