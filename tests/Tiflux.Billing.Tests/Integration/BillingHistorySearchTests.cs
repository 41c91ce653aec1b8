using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// History search by NFe and observations: contained text, case-insensitive, the LIKE wildcards typed by the user
/// matched literally (issue 18, item 8).
/// </summary>
[Trait("Category", "Integration")]
public sealed class BillingHistorySearchTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    private readonly BillingWorld _world = new();

    private Guid _tagged;

    private Guid _plain;

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        var lines = await _world.LinesAsync(Filters);
        _tagged = (await BillAsync([lines.First(l => l.IsContractLine).GroupKey], false, "NF-2026-001234", "Reajuste 50% _promo de abril")).Value.Id;
        _plain = (await BillAsync([], true, "NF-2026-009999", "Fechamento mensal")).Value.Id;
    }

    public Task DisposeAsync() => _world.DisposeAsync();

    private PendingRequest Filters => new(Today, null, [_world.Alfa], PendingScope.Both);

    private Task<Result<BillingCreatedDto>> BillAsync(IReadOnlyList<string> groups, bool all, string nfe, string observations) =>
        _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
            new CommitBillingRequest(new BillingDraftRequest(_world.Alfa, Filters, groups, all), null, Today, Today.AddDays(10), 0m, 0m, nfe, observations, [], "financeiro"), default));

    private async Task<IReadOnlyList<Guid>> FindAsync(string? nfe = null, string? observations = null)
    {
        var result = await SearchAsync(nfe, observations);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return [.. result.Value.Page.Items.Select(b => b.Id).Order()];
    }

    private Task<Result<BillingHistoryDto>> SearchAsync(string? nfe, string? observations) =>
        _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingHistoryDto>>(w => w.GetHistoryAsync(
            new BillingHistoryRequest(null, null, null, null, null, nfe, null, null) { Observations = observations }, default));

    [Theory]
    [InlineData("001234")]
    [InlineData("nf-2026-001234")]
    [InlineData(" 1234 ")]
    [InlineData("26-0012")]
    public async Task Nfe_MatchesContainedText_IgnoringCase(string typed)
    {
        Assert.Equal([_tagged], await FindAsync(nfe: typed));
    }

    [Fact]
    public async Task Nfe_CommonPart_FindsBoth_AndAnUnknownPartNone()
    {
        Assert.Equal(new[] { _tagged, _plain }.Order(), await FindAsync(nfe: "NF-2026"));
        Assert.Empty(await FindAsync(nfe: "NF-2025"));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("1_34")]
    [InlineData("NF%1234")]
    [InlineData("\\")]
    public async Task Nfe_LikeWildcards_AreLiteral(string typed)
    {
        Assert.Empty(await FindAsync(nfe: typed));
    }

    [Theory]
    [InlineData("PROMO")]
    [InlineData("50%")]
    [InlineData("_promo")]
    [InlineData("reajuste 50")]
    public async Task Observations_MatchContainedText_IgnoringCase_WildcardsLiteral(string typed)
    {
        Assert.Equal([_tagged], await FindAsync(observations: typed));
    }

    [Theory]
    [InlineData("5_%")]
    [InlineData("%mensal")]
    [InlineData("Reajuste%abril")]
    public async Task Observations_WildcardsDoNotActAsPatterns(string typed)
    {
        Assert.Empty(await FindAsync(observations: typed));
    }

    [Fact]
    public async Task NfeAndObservations_Combine()
    {
        Assert.Equal([_plain], await FindAsync(nfe: "nf-2026", observations: "MENSAL"));
        Assert.Empty(await FindAsync(nfe: "001234", observations: "mensal"));
    }

    [Fact]
    public async Task UnstorableOrOverlongSearchText_IsAValidationError_NotAServerError()
    {
        var nul = await SearchAsync("12\034", null);
        var longNfe = await SearchAsync(new string('1', BillingLimits.NfeNumber + 1), null);
        var longObservations = await SearchAsync(null, new string('a', BillingLimits.Observations + 1));

        Assert.Equal(TextInput.InvalidCharactersMessage, Assert.Single(nul.Errors).Message);
        Assert.Equal("NfeNumber", Assert.Single(longNfe.Errors).Field);
        Assert.Equal("Observations", Assert.Single(longObservations.Errors).Field);
    }
}
