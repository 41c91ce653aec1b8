using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Tests.Billing;
using static Tiflux.Web.Tests.Contracts.ContractsUi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Contracts;

/// <summary>Clientes › Faturamento (issue 18, item 9): pending total, history, open charges and current-cycle consumption.</summary>
[Collection(AppTestGroup.Name)]
public sealed class ClientBillingTabTests(AppFixture app)
{
    [Fact]
    public async Task ClientPage_ShowsPendingTotal_History_OpenCharges_AndCurrentCycleConsumption_MoneyHiddenWithoutPermission()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services, "Cliente aba");
        var nfe = Unique("NF").Replace(" ", "-", StringComparison.Ordinal);
        var billing = await BillStandaloneAsync(scenario, nfe);
        await ContractEntryTodayAsync(scenario, minutes: 90);
        var pending = (await scenario.PendingAsync()).Where(l => l.Billable).Sum(l => l.Amount);
        Assert.True(pending >= 2 * BillingScenario.CycleFee, "the contract's cycles are still pending");

        using var finance = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var page = await finance.GetPageAsync($"/clientes/{scenario.ClientId}");

        var tab = page.QuerySelector("#faturamento")!;
        Assert.StartsWith(BillingScenario.Money(pending), Squash(tab.QuerySelector("#pending-total")!.TextContent), StringComparison.Ordinal);
        Assert.Equal($"/faturamento/cliente/{scenario.ClientId}", tab.QuerySelector("#pending-total a")!.GetAttribute("href"));

        var billed = tab.QuerySelector($"#client-billings tr[data-billing='{billing.Id}']")!;
        Assert.Equal(billing.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), billed.QuerySelector("td a")!.TextContent);
        Assert.Equal($"/faturamento/{billing.Id}", billed.QuerySelector("td a")!.GetAttribute("href"));
        Assert.Equal("R$ 360,00", billed.QuerySelector(".money")!.TextContent);
        Assert.Equal("Faturado", billed.QuerySelector(".state")!.TextContent);
        Assert.Equal(nfe, billed.QuerySelector(".nfe")!.TextContent);
        Assert.Equal($"/faturamento/historico?cliente={scenario.ClientId}", tab.QuerySelector("#client-history-link")!.GetAttribute("href"));

        var open = tab.QuerySelector($"#client-open-billings tr[data-billing='{billing.Id}']")!;
        Assert.Equal("R$ 360,00", open.QuerySelector(".money")!.TextContent);
        Assert.Equal(BillingScenario.Today.AddDays(10).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), open.QuerySelector(".due")!.TextContent);
        Assert.StartsWith("R$ 360,00", Squash(tab.QuerySelector("#open-total")!.TextContent), StringComparison.Ordinal);

        var usage = Assert.Single(tab.QuerySelectorAll("#client-usage tbody tr"));
        Assert.Contains(scenario.ContractName, usage.QuerySelector("a")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/contratos/", usage.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("01:30", usage.QuerySelector(".used")!.TextContent);
        Assert.Equal("sem limite", usage.QuerySelector(".included")!.TextContent);
        Assert.NotNull(tab.QuerySelector("#aguardando-revisao"));

        using var technician = await app.Factory.SignInAsNewUserAsync(Groups.Technician);
        var hidden = (await technician.GetPageAsync($"/clientes/{scenario.ClientId}")).QuerySelector("#faturamento")!;
        Assert.Equal(PtBr.Hidden, Squash(hidden.QuerySelector("#pending-total")!.TextContent));
        Assert.Null(hidden.QuerySelector("#pending-total a"));
        Assert.Equal(PtBr.Hidden, hidden.QuerySelector($"#client-billings tr[data-billing='{billing.Id}'] .money")!.TextContent);
        Assert.Equal(PtBr.Hidden, hidden.QuerySelector($"#client-open-billings tr[data-billing='{billing.Id}'] .money")!.TextContent);
        Assert.DoesNotContain("R$", hidden.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PendingPages_ShowWorkAwaitingReview_WithItsValueAndTheReferenceDates()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services, "Cliente revisão");
        var ticket = await StandaloneTicketAwaitingReviewAsync(scenario, minutes: 30);
        using var finance = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        var list = await finance.GetPageAsync($"/faturamento?modo=base&data={BillingScenario.Iso(BillingScenario.Today)}&escopo=ambos&clientes={scenario.ClientId}&exibir=1");
        var row = list.QuerySelector($"#aguardando-revisao tr[data-awaiting-client='{scenario.ClientId}']")!;
        Assert.Equal(scenario.ClientName, row.QuerySelector(".client")!.TextContent);
        Assert.Equal("1", row.QuerySelector(".items")!.TextContent);
        Assert.Equal("R$ 60,00", row.QuerySelector(".value")!.TextContent);
        Assert.Contains($"#{ticket}", row.QuerySelector(".tickets")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/tickets?cliente={scenario.ClientId}&situacao=AwaitingReview", row.QuerySelector("a")!.GetAttribute("href"));
        var note = Squash(list.QuerySelector("#aguardando-revisao .note")!.TextContent);
        Assert.Contains("data da revisão", note, StringComparison.Ordinal);
        Assert.Contains("data do apontamento", note, StringComparison.Ordinal);

        var screen = await finance.GetPageAsync(scenario.ClientPage);
        Assert.Equal("R$ 60,00", screen.QuerySelector($"#aguardando-revisao tr[data-awaiting-client='{scenario.ClientId}'] .value")!.TextContent);
        Assert.Null(screen.QuerySelector("#aguardando-revisao .client"));
    }

    /// <summary>A ticket on a desk with review, one standalone remote entry of <paramref name="minutes"/> at R$ 120,00/h, closed.</summary>
    private static async Task<int> StandaloneTicketAwaitingReviewAsync(BillingScenario scenario, int minutes)
    {
        await using var scope = scenario.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var tech = new ActorDto(Guid.CreateVersion7(), "Técnico avulso", MayHandleMoney: true);
        var service = (await sp.GetRequiredService<ICatalogAdministration>().SaveStandaloneServiceAsync(
            null, new SaveStandaloneServiceRequest(Unique("Avulso"), scenario.ClientId, 200m, BillingScenario.RemoteRate, 150m, true), default)).Value;
        var desk = (await sp.GetRequiredService<ITicketSetup>().SaveDeskAsync(
            new SaveDeskRequest(null, Unique("Mesa revisão"), ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, true, ReviewerKind.Both, 72, false),
            default)).Value;
        var ticket = (await sp.GetRequiredService<ITicketLifecycle>().CreateTicketAsync(
            new CreateTicketRequest("Aguardando", "Detalhes", scenario.ClientId, desk, null, null, null, "Ana", "ana@cliente.example", null), tech, default)).Value;
        var start = new TimeOnly(8, 0);
        var saved = await sp.GetRequiredService<ITicketWork>().SaveTimeEntryAsync(
            new SaveTimeEntryRequest(ticket, null, BillingScenario.Today.AddDays(-1), start, start.AddMinutes(minutes), tech.UserId, tech.Name, "Remoto",
                AttendanceMode.Remote, EntryKind.Standalone, null, service),
            tech,
            default);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
        var closed = await sp.GetRequiredService<ITicketLifecycle>().CloseTicketAsync(ticket, tech, default);
        Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        return ticket;
    }

    /// <summary>Bills the scenario's standalone lines (R$ 360,00), leaving the contract cycles pending; due in 10 days.</summary>
    private static async Task<BillingCreatedDto> BillStandaloneAsync(BillingScenario scenario, string nfe)
    {
        var groups = (await scenario.PendingAsync()).Where(l => !l.IsContractLine && l.Billable).Select(l => l.GroupKey).Distinct().ToList();
        await using var scope = scenario.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<IBillingWorkflow>();
        var selection = new BillingDraftRequest(scenario.ClientId, new PendingRequest(BillingScenario.Today, null, [scenario.ClientId], PendingScope.Both), groups, false);
        var draft = await workflow.PrepareBillingDraftAsync(selection, default);
        Assert.True(draft.IsSuccess, string.Join("; ", draft.Errors.Select(e => e.Message)));
        var created = await workflow.CommitBillingAsync(
            new CommitBillingRequest(selection, draft.Value.Version, BillingScenario.Today, BillingScenario.Today.AddDays(10), 0m, 0m, nfe, null, [], "teste"), default);
        Assert.True(created.IsSuccess, string.Join("; ", created.Errors.Select(e => e.Message)));
        Assert.Equal(360m, created.Value.RealValue);
        return created.Value;
    }

    /// <summary>A contract entry of <paramref name="minutes"/> in the current cycle on a new ticket of the client (a desk without review).</summary>
    private static async Task ContractEntryTodayAsync(BillingScenario scenario, int minutes)
    {
        await using var scope = scenario.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var rider = (await sp.GetRequiredService<IContractsModule>().GetContractTermsAsync(new ContractTermsRequest([scenario.ClientId], null), default))
            .Single().Riders.Single().Id;
        var tech = new ActorDto(Guid.CreateVersion7(), "Técnico contrato", MayHandleMoney: true);
        var desk = (await sp.GetRequiredService<ITicketSetup>().SaveDeskAsync(
            new SaveDeskRequest(null, Unique("Mesa contrato"), ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
            default)).Value;
        var ticket = (await sp.GetRequiredService<ITicketLifecycle>().CreateTicketAsync(
            new CreateTicketRequest("Rotina", "Detalhes", scenario.ClientId, desk, null, null, null, "Ana", "ana@cliente.example", null), tech, default)).Value;
        // Yesterday (today on the 1st, so it stays in the current cycle), from midnight: never a future time.
        var date = BillingScenario.Today.Day > 1 ? BillingScenario.Today.AddDays(-1) : BillingScenario.Today;
        var start = new TimeOnly(0, 0);
        var saved = await sp.GetRequiredService<ITicketWork>().SaveTimeEntryAsync(
            new SaveTimeEntryRequest(ticket, null, date, start, start.AddMinutes(minutes), tech.UserId, tech.Name, "Rotina", AttendanceMode.Remote, EntryKind.Contract, rider),
            tech,
            default);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
    }
}
