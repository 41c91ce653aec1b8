using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// The finalization screen's defaults and "Enviar PDF por e-mail" (docs/decisions/0017-finalization-defaults.md): the
/// due date comes from the cycles billed or from the organisation's term, never "today"; the e-mail request is
/// written in the billing's transaction, so a crash leaves neither.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FinalizationDefaultsTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    private readonly BillingWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    private static PendingRequest Filters(Guid client, PendingScope scope, DateOnly? baseDate = null) => new(baseDate ?? Today, null, [client], scope);

    private Task<T> Workflow<T>(Func<IBillingWorkflow, Task<T>> action) => _world.Services.InScopeAsync(action);

    private async Task<BillingDraftDto> DraftAsync(PendingRequest filters, IReadOnlyList<string>? groups = null) =>
        Ok(await Workflow(w => w.PrepareBillingDraftAsync(new BillingDraftRequest(filters.ClientIds!.Single(), filters, groups ?? [], groups is null), default)));

    private Task<Result<BillingCreatedDto>> CommitAsync(PendingRequest filters, BillingEmailRequest? email = null, DateOnly? due = null) =>
        Workflow(w => w.CommitBillingAsync(
            new CommitBillingRequest(new BillingDraftRequest(filters.ClientIds!.Single(), filters, [], true), null, Today, due, 0m, 0m, null, null, [], "financeiro") { Email = email },
            default));

    private Task<long> CountAsync(string sql) => _world.Services.Database.ScalarAsync<long>(sql);

    private Task<long> EmailRequestsAsync() => CountAsync($"SELECT count(*) FROM billing.outbox_messages WHERE type = '{BillingEventTypes.EmailRequested}'");

    private Task<Result> SaveTermAsync(int days) => _world.Services.InScopeAsync<IOrganizationSettings, Result>(async o =>
    {
        var current = await o.GetAsync(default);
        return Ok(await o.SaveAsync(
            new SaveOrganizationSettingsRequest(null, null, null, null, null, false, days, current.DefaultReportLayout, current.AllowDueDateBeforeBillingDate, "admin"), default));
    });

    private static T Ok<T>(T result)
        where T : Result
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result;
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    [Fact]
    public async Task StandaloneOnly_FallsDueTheOrganisationsTermAfterTheBillingDate()
    {
        var standalone = Filters(_world.Alfa, PendingScope.Standalone);

        Assert.Equal(new DateOnly(2026, 4, 30), (await DraftAsync(standalone)).DueDate);
        await SaveTermAsync(3);
        Assert.Equal(new DateOnly(2026, 4, 23), (await DraftAsync(standalone)).DueDate);
    }

    [Fact]
    public async Task ACycleNotYetDue_FallsDueOnTheContractsDueDay_AndAnOverdueOne_OnTheTerm()
    {
        // Alfa's Horas contract is billed in arrears from 01/03/2026 with due day 5: by 10/05 one of its cycles falls due
        // after today (20/04) and one fell due before it, so the term (10 days) applies to that one.
        var lines = (await _world.LinesAsync(Filters(_world.Alfa, PendingScope.Contracts, new DateOnly(2026, 5, 10)))).Where(l => l.IsContractLine && l.DueDate is not null).ToList();
        var later = lines.First(l => l.DueDate > Today);
        var overdue = lines.First(l => l.DueDate < Today);
        var laterDraft = await DraftAsync(Filters(_world.Alfa, PendingScope.Contracts, new DateOnly(2026, 5, 10)), [later.GroupKey]);
        var overdueDraft = await DraftAsync(Filters(_world.Alfa, PendingScope.Contracts, new DateOnly(2026, 5, 10)), [overdue.GroupKey]);

        Assert.Equal(later.DueDate, laterDraft.DueDate);
        Assert.Equal(new DateOnly(2026, 4, 30), overdueDraft.DueDate);
    }

    [Fact]
    public async Task ACommitWithoutADueDate_UsesTheDraftsDefault()
    {
        var standalone = Filters(_world.Alfa, PendingScope.Standalone);
        var draft = await DraftAsync(standalone);

        var created = Ok(await CommitAsync(standalone));

        var billing = await Workflow(w => w.GetBillingAsync(created.Id, default));
        Assert.Equal(draft.DueDate, billing!.Summary.DueDate);
    }

    [Fact]
    public async Task WithEmail_TheRequestIsWrittenWithTheBilling_OnceWithTheCheckedRecipients()
    {
        var created = Ok(await CommitAsync(Filters(_world.Alfa, PendingScope.Both), new BillingEmailRequest(" contas@alfa.example ; contas@alfa.example, dir@alfa.example", ClosingReportLayout.Synthetic)));

        Assert.Equal(1L, await EmailRequestsAsync());
        var sent = $"SELECT {{0}} FROM billing.outbox_messages WHERE type = '{BillingEventTypes.EmailRequested}'";
        Assert.Equal(created.Id.ToString(), await _world.Services.Database.ScalarAsync<string>(string.Format(System.Globalization.CultureInfo.InvariantCulture, sent, "payload->>'billingId'")));
        Assert.Equal("[\"contas@alfa.example\", \"dir@alfa.example\"]", await _world.Services.Database.ScalarAsync<string>(string.Format(System.Globalization.CultureInfo.InvariantCulture, sent, "payload->>'recipients'")));
    }

    [Fact]
    public async Task WithoutEmail_NoRequestIsWritten()
    {
        Ok(await CommitAsync(Filters(_world.Alfa, PendingScope.Both)));

        Assert.Equal(0L, await EmailRequestsAsync());
    }

    [Theory]
    [InlineData("contas@alfa", "Endereço de e-mail inválido: contas@alfa")]
    [InlineData("  ", "Informe ao menos um destinatário.")]
    public async Task WithAnInvalidRecipient_NothingIsWritten(string recipients, string message)
    {
        var refused = await CommitAsync(Filters(_world.Alfa, PendingScope.Both), new BillingEmailRequest(recipients, ClosingReportLayout.Detailed));

        Assert.Equal(("Email", message), (refused.Errors.Single().Field, refused.Errors.Single().Message));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM billing.billings"));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM billing.outbox_messages"));
    }

    [Fact]
    public async Task ACrashAfterTheBillingIsInserted_LeavesNeitherTheBillingNorTheEmailRequest_ThenItBillsAndQueuesOnce()
    {
        var email = new BillingEmailRequest("contas@alfa.example", ClosingReportLayout.Detailed);
        _world.Crash.AfterMark = true;

        await Assert.ThrowsAsync<SimulatedCrashException>(() => CommitAsync(Filters(_world.Alfa, PendingScope.Standalone), email));

        _world.Crash.AfterMark = false;
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM billing.billings"));
        Assert.Equal(0L, await EmailRequestsAsync());
        await Workflow(w => w.ReconcileBilledMarksAsync(default));
        Ok(await CommitAsync(Filters(_world.Alfa, PendingScope.Standalone), email));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM billing.billings"));
        Assert.Equal(1L, await EmailRequestsAsync());
    }
}
