using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// The finalization screen's draft and its commit: the commit recomputes once and bills only what the draft showed
/// (same version), once (docs/decisions/0014-billing-draft-commit.md).
/// </summary>
[Trait("Category", "Integration")]
public sealed class BillingDraftCommitTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    private readonly BillingWorld _world = new();

    private Guid _client;
    private Guid _rider;
    private int _ticket;
    private Guid _entry;

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();

        // Horas from 01/03/2026, in arrears: R$ 1.000,00, 1:00 included, R$ 100,00 per excess hour; March has 3:00.
        (_client, _, _rider) = await _world.ContractForAsync("Gama Consultoria", "33.444.555/0001-81", ContractModality.Hours, new DateOnly(2026, 3, 1),
            r => r with { Value = 1000m, IncludedMinutes = 60, SurplusHourRate = 100m });
        _ticket = await _world.OpenTicketAsync(_client);
        _entry = await _world.ContractEntryAsync(_ticket, "2026-03-05", 3, _rider);
    }

    public Task DisposeAsync() => _world.DisposeAsync();

    private static PendingRequest FiltersFor(Guid client) => new(Today, null, [client], PendingScope.Both);

    private Task<BillingDraftDto> DraftAsync(Guid client, IReadOnlyList<string> groups, bool all = false) =>
        Workflow(async w => Ok(await w.PrepareBillingDraftAsync(new BillingDraftRequest(client, FiltersFor(client), groups, all), default)));

    private Task<Result<BillingCreatedDto>> CommitAsync(BillingDraftDto draft, string? version, string? observations = "") =>
        Workflow(w => w.CommitBillingAsync(
            new CommitBillingRequest(
                new BillingDraftRequest(draft.ClientId, FiltersFor(draft.ClientId), [.. draft.Groups.Select(g => g.GroupKey)], false),
                version, draft.BillingDate, draft.DueDate, 0m, 0m, null, observations, [], "financeiro"),
            default));

    private Task<T> Workflow<T>(Func<IBillingWorkflow, Task<T>> action) => _world.Services.InScopeAsync(action);

    private Task<long> BillingCountAsync() => _world.Services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.billings");

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    [Fact]
    public async Task Draft_TotalIsTheSumOfItsBillableLines_WithTheSuggestionsAndDefaults()
    {
        var pending = (await _world.LinesAsync(FiltersFor(_world.Alfa))).Where(l => l.Billable).ToList();

        var draft = await DraftAsync(_world.Alfa, [], all: true);

        Assert.Equal(pending.Sum(l => l.Amount), draft.Total);
        Assert.Equal(draft.Total, draft.Groups.SelectMany(g => g.Lines).Where(l => l.Billable).Sum(l => l.Amount));
        Assert.Equal(draft.Total, draft.Groups.Sum(g => g.Total));
        Assert.Equal(pending.Select(l => l.GroupKey).Distinct(), draft.Groups.Select(g => g.GroupKey));
        Assert.Equal(("Alfa Serviços", Today), (draft.ClientName, draft.BillingDate));
        Assert.True(draft.DueDate >= draft.BillingDate);
        Assert.StartsWith("Contratos: Contrato Hours.", draft.SuggestedObservations, StringComparison.Ordinal);
        Assert.Contains("#" + _world.AlfaReviewedTicket, draft.SuggestedObservations, StringComparison.Ordinal);
        Assert.Equal(draft.Version, (await DraftAsync(_world.Alfa, [], all: true)).Version);
    }

    [Fact]
    public async Task Draft_OfASelection_KeepsOnlyTheChosenGroups_AndNamesTheOnesNoLongerPending()
    {
        var all = await DraftAsync(_world.Alfa, [], all: true);
        var chosen = all.Groups[0];

        var draft = await DraftAsync(_world.Alfa, [chosen.GroupKey, "cycle:nao-existe"]);

        Assert.Equal([chosen.GroupKey], draft.Groups.Select(g => g.GroupKey));
        Assert.Equal(["cycle:nao-existe"], draft.MissingGroupKeys);
        Assert.Equal(chosen.Total, draft.Total);
        Assert.NotEqual(all.Version, draft.Version);
    }

    [Fact]
    public async Task Commit_AfterAnEntryWasAdded_IsRefusedWithTheNewTotal_AndWritesNothing()
    {
        var draft = await DraftAsync(_client, [], all: true);
        Assert.Equal(1200m, draft.Total);
        await _world.ContractEntryAsync(_ticket, "2026-03-06", 1, _rider);

        var refused = await CommitAsync(draft, draft.Version);

        var error = Assert.Single(refused.Errors);
        Assert.Equal(BillingErrorCodes.DraftChanged, error.Code);
        Assert.Equal("Os valores mudaram desde que a tela foi aberta: o total agora é R$ 1.300,00. Confira e clique em Faturar de novo. Nada foi gravado.", error.Message);
        Assert.Equal(0L, await BillingCountAsync());
        Assert.Equal(0L, await _world.Services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.billed_cycles"));
        var fresh = await DraftAsync(_client, [], all: true);
        Assert.Equal(1300m, fresh.Total);
        Assert.Equal(1300m, Ok(await CommitAsync(fresh, fresh.Version)).RealValue);
    }

    [Fact]
    public async Task Commit_AfterAnEntryWasEdited_IsRefused_AndWritesNothing()
    {
        var draft = await DraftAsync(_client, [], all: true);
        await _world.EditContractEntryAsync(_ticket, _entry, "2026-03-05", 2, _rider);

        var refused = await CommitAsync(draft, draft.Version);

        Assert.Equal(BillingErrorCodes.DraftChanged, Assert.Single(refused.Errors).Code);
        Assert.Contains("o total agora é R$ 1.100,00", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(0L, await BillingCountAsync());
        Assert.Equal(draft.Groups.Select(g => g.GroupKey), (await DraftAsync(_client, [], all: true)).Groups.Select(g => g.GroupKey));
    }

    [Fact]
    public async Task Commit_WithTheCurrentVersion_BillsTheDraftOnce_WithTheSuggestedObservations()
    {
        var draft = await DraftAsync(_world.Alfa, [], all: true);

        var created = Ok(await CommitAsync(draft, draft.Version, observations: null));
        var again = await CommitAsync(draft, draft.Version, observations: null);

        Assert.Equal(draft.Total, created.RealValue);
        Assert.Equal("conflict", Assert.Single(again.Errors).Code);
        Assert.Equal(1L, await BillingCountAsync());
        var details = await Workflow(w => w.GetBillingAsync(created.Id, default));
        Assert.Equal(draft.SuggestedObservations, details!.Observations);
        Assert.Equal(
            draft.Groups.SelectMany(g => g.Lines).Where(l => l.Billable).Select(l => (l.Key, l.Amount)),
            details.Lines.Select(l => (l.Key, l.Amount)));
        Assert.DoesNotContain(await _world.LinesAsync(FiltersFor(_world.Alfa)), l => l.Billable);
    }

    [Fact]
    public async Task TwoParallelCommits_OfTheSameDraft_BillOnce()
    {
        var draft = await DraftAsync(_world.Alfa, [], all: true);

        var attempts = await Task.WhenAll(CommitAsync(draft, draft.Version), CommitAsync(draft, draft.Version));

        var created = Assert.Single(attempts, a => a.IsSuccess);
        Assert.Equal(draft.Total, created.Value.RealValue);
        Assert.Equal("conflict", Assert.Single(Assert.Single(attempts, a => !a.IsSuccess).Errors).Code);
        Assert.Equal(1L, await BillingCountAsync());
        var billedKeys = await _world.Services.Database.ColumnAsync("SELECT key FROM billing.billing_lines WHERE active");
        Assert.Equal(billedKeys.Count, billedKeys.Distinct().Count());
    }

    [Fact]
    public async Task Commit_WithoutAVersion_BillsWhatIsPendingNow()
    {
        var draft = await DraftAsync(_client, [], all: true);
        await _world.ContractEntryAsync(_ticket, "2026-03-06", 1, _rider);

        var created = Ok(await CommitAsync(draft, version: null));

        Assert.Equal(1300m, created.RealValue);
    }
}
