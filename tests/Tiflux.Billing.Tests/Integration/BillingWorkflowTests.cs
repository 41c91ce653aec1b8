using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>Creating and reversing billings on the real modules; a fresh <see cref="BillingWorld"/> per test.</summary>
[Trait("Category", "Integration")]
public sealed class BillingWorkflowTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    private readonly BillingWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    private PendingRequest Filters => new(Today, null, [_world.Alfa], PendingScope.Both);

    private Task<IReadOnlyList<PendingLineDto>> AlfaPendingAsync() => _world.LinesAsync(Filters);

    private Task<Result<BillingCreatedDto>> BillAsync(IReadOnlyList<string> groups, bool all = false, decimal discount = 0m, decimal interest = 0m, DateOnly? due = null, string? nfe = null, IReadOnlyList<AttachmentUpload>? files = null) =>
        _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
            new CommitBillingRequest(new BillingDraftRequest(_world.Alfa, Filters, groups, all), null, Today, due ?? Today.AddDays(10), discount, interest, nfe, "obs", files ?? [], "financeiro"), default));

    private Task<T> Workflow<T>(Func<IBillingWorkflow, Task<T>> action) => _world.Services.InScopeAsync(action);

    [Fact]
    public async Task PartialThenTotal_BillsEachLineOnce_AndTheRestStaysPendingMeanwhile()
    {
        var before = await AlfaPendingAsync();
        var contractGroup = before.First(l => l.IsContractLine).GroupKey;

        var partial = await BillAsync([contractGroup], discount: 25m, interest: 10m);
        var middle = await AlfaPendingAsync();
        var total = await BillAsync([], all: true);
        var after = await AlfaPendingAsync();

        // Contract cycle: R$ 2.000,00 fee + R$ 75,00 excess = R$ 2.075,00; − 25,00 + 10,00 = R$ 2.060,00.
        Assert.Equal((1, 2060.00m), (partial.Value.Number, partial.Value.RealValue));
        Assert.DoesNotContain(middle, l => l.GroupKey == contractGroup);
        Assert.Equal(before.Where(l => l.GroupKey != contractGroup).Select(l => l.Key), middle.Select(l => l.Key));
        // Standalone: 120,00 + 180,00 + 75,00 travel + 180,00 ride-along entry = R$ 555,00.
        Assert.Equal((2, 555.00m), (total.Value.Number, total.Value.RealValue));
        Assert.DoesNotContain(after, l => l.Billable);
    }

    [Fact]
    public async Task Reversal_RestoresExactlyTheSamePendingLines_AndTheyCanBeBilledAgainUnderANewNumber()
    {
        var before = await AlfaPendingAsync();
        var billing = await BillAsync([], all: true);

        var reversed = await Workflow(w => w.ReverseBillingAsync(billing.Value.Id, "NF emitida errada", "financeiro", default));
        var after = await AlfaPendingAsync();
        var again = await BillAsync([], all: true);

        Assert.True(reversed.IsSuccess);
        Assert.Equal(before.Select(l => (l.Key, l.Amount, l.Explanation.Formula)), after.Select(l => (l.Key, l.Amount, l.Explanation.Formula)));
        Assert.Equal((2, billing.Value.RealValue), (again.Value.Number, again.Value.RealValue));
        var details = await Workflow(w => w.GetBillingAsync(billing.Value.Id, default));
        Assert.Equal((BillingState.Reversed, "NF emitida errada"), (details!.Summary.State, details.ReversalReason));
        Assert.Equal(["Faturado", "Estornado"], details.Audit.Select(a => a.Action));
    }

    [Fact]
    public async Task FiftyParallelAttempts_OnOverlappingSets_BillEveryItemAtMostOnce()
    {
        var groups = (await AlfaPendingAsync()).Where(l => l.Billable).Select(l => l.GroupKey).Distinct().ToList();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            BillAsync([groups[i % groups.Count], groups[(i + 1) % groups.Count]])));

        var billedKeys = await _world.Services.Database.ColumnAsync("SELECT key FROM billing.billing_lines WHERE active");
        Assert.Equal(billedKeys.Count, billedKeys.Distinct().Count());
        Assert.Contains(attempts, a => a.IsSuccess);
        Assert.All(attempts.Where(a => !a.IsSuccess), a => Assert.Equal("conflict", Assert.Single(a.Errors).Code));
        var numbers = attempts.Where(a => a.IsSuccess).Select(a => a.Value.Number).Order().ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Theory]
    [InlineData("discount", "Discount")]
    [InlineData("interest", "Interest")]
    [InlineData("due", "DueDate")]
    [InlineData("nothing", "SelectedGroupKeys")]
    [InlineData("exe", "Attachments")]
    public async Task BadInput_IsRefusedWithAClearMessage_AndNothingIsWritten(string mistake, string field)
    {
        var groups = (await AlfaPendingAsync()).Select(l => l.GroupKey).Distinct().ToList();

        var result = mistake switch
        {
            "discount" => await BillAsync(groups, discount: 1_000_000m),
            "interest" => await BillAsync(groups, interest: -1m),
            "due" => await BillAsync(groups, due: Today.AddDays(-1)),
            "nothing" => await BillAsync([]),
            _ => await BillAsync(groups, files: [new AttachmentUpload("nota.pdf", "application/pdf", [(byte)'M', (byte)'Z', 0x90, 0])]),
        };

        Assert.Equal(field, Assert.Single(result.Errors).Field);
        Assert.Equal(0L, await _world.Services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.billings"));
        Assert.Equal(groups, (await AlfaPendingAsync()).Select(l => l.GroupKey).Distinct());
    }

    [Theory]
    [InlineData("invoice.pdf", "O arquivo invoice.pdf é um executável e não pode ser anexado.")]
    [InlineData("notes.txt", "O arquivo notes.txt é um executável e não pode ser anexado.")]
    public async Task Attachment_ExecutableUnderAnAllowedExtension_IsRefused(string name, string message)
    {
        var billing = await BillAsync([], all: true);
        var content = name.EndsWith(".pdf", StringComparison.Ordinal) ? SampleFiles.WindowsExecutable : SampleFiles.LinuxExecutable;

        var added = await Workflow(w => w.AddAttachmentAsync(billing.Value.Id, new AttachmentUpload(name, "application/pdf", content), "financeiro", default));

        Assert.Equal(message, Assert.Single(added.Errors).Message);
        Assert.Equal(0L, await _world.Services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.billing_attachments"));
    }

    [Fact]
    public async Task Attachment_RealPdfAndPng_AreAccepted_AndAPngNamedPdfIsNot()
    {
        var billing = await BillAsync([], all: true, files: [new AttachmentUpload("nota.pdf", "application/pdf", SampleFiles.Pdf)]);

        var png = await Workflow(w => w.AddAttachmentAsync(billing.Value.Id, new AttachmentUpload("foto.png", "image/png", SampleFiles.Png), "financeiro", default));
        var disguised = await Workflow(w => w.AddAttachmentAsync(billing.Value.Id, new AttachmentUpload("foto.pdf", "application/pdf", SampleFiles.Png), "financeiro", default));

        Assert.True(billing.IsSuccess);
        Assert.True(png.IsSuccess);
        Assert.Equal("O conteúdo do arquivo foto.pdf não corresponde à extensão .pdf.", Assert.Single(disguised.Errors).Message);
        Assert.Equal(2L, await _world.Services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.billing_attachments"));
    }

    [Fact]
    public async Task Reversal_WithoutReason_IsRefused()
    {
        var billing = await BillAsync([], all: true);

        var result = await Workflow(w => w.ReverseBillingAsync(billing.Value.Id, " ", "financeiro", default));

        Assert.Equal("Informe o motivo do estorno.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task History_FiltersAndTotals_ExcludeReversedBillings()
    {
        var lines = await AlfaPendingAsync();
        var contract = await BillAsync([lines.First(l => l.IsContractLine).GroupKey], nfe: "NF-123");
        var standalone = await BillAsync([], all: true);
        await Workflow(w => w.ReverseBillingAsync(standalone.Value.Id, "erro", "fin", default));

        var all = (await Workflow(w => w.GetHistoryAsync(new BillingHistoryRequest(null, null, null, null, _world.Alfa, null, null, null), default))).Value;
        var byNfe = (await Workflow(w => w.GetHistoryAsync(new BillingHistoryRequest(null, null, null, null, null, "NF-123", null, null), default))).Value;
        var byTicket = (await Workflow(w => w.GetHistoryAsync(new BillingHistoryRequest(null, null, null, null, null, null, _world.AlfaReviewedTicket, null), default))).Value;
        var reversed = (await Workflow(w => w.GetHistoryAsync(new BillingHistoryRequest(null, null, null, null, null, null, null, BillingState.Reversed), default))).Value;
        var halfRange = await Workflow(w => w.GetHistoryAsync(new BillingHistoryRequest(Today, null, null, null, null, null, null, null), default));

        Assert.Equal(2, all.Page.TotalItems);
        Assert.Equal(contract.Value.RealValue, all.TotalRealValue);
        Assert.Equal(contract.Value.Id, Assert.Single(byNfe.Page.Items).Id);
        Assert.Equal(standalone.Value.Id, Assert.Single(byTicket.Page.Items).Id);
        Assert.Equal(standalone.Value.Id, Assert.Single(reversed.Page.Items).Id);
        Assert.False(halfRange.IsSuccess);
    }

    [Fact]
    public async Task AfterBilling_OnlyNfeAndObservationsChange_AndEachChangeIsAudited()
    {
        var billing = await BillAsync([], all: true);

        await Workflow(w => w.UpdateBillingAsync(billing.Value.Id, new UpdateBillingRequest("4711", "nova obs", "ana"), default));

        var details = (await Workflow(w => w.GetBillingAsync(billing.Value.Id, default)))!;
        Assert.Equal(("4711", "nova obs", billing.Value.RealValue), (details.Summary.NfeNumber, details.Observations, details.Summary.RealValue));
        Assert.Equal(("Editado", "ana"), (details.Audit[^1].Action, details.Audit[^1].By));
    }
}
