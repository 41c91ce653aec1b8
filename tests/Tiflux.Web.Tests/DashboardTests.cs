using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using BillingScenario = Tiflux.Web.Tests.Billing.BillingScenario;

namespace Tiflux.Web.Tests;

/// <summary>
/// The Dashboard at "/" over real HTTP (ADR 0031): every tile's figures equal an independent read through the
/// modules' public APIs (the history's totals, the pending and review lists, the contracts list), money shows only
/// with "visualizar valores", and each tile group only with its permission.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class DashboardTests(AppFixture app)
{
    private static readonly string[] Everything =
        [Tiflux.SharedKernel.Permissions.Billing, Tiflux.SharedKernel.Permissions.FinancialReports, Tiflux.SharedKernel.Permissions.ValuesView, Tiflux.SharedKernel.Permissions.ContractsView, Tiflux.SharedKernel.Permissions.TicketsView];

    private static DateOnly Today => BillingScenario.Today;

    [Fact]
    public async Task Tiles_ShowTheFiguresOfIndependentReads()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services, "Painel");
        await BillEverythingAsync(scenario, Today.AddDays(-5), Today.AddDays(-1));
        var (deskId, openTickets) = await DeskWithOpenTicketsAsync(scenario.ClientId, 2);
        // Opening Faturamentos pendentes computes and stores today's summaries; the Dashboard reads them.
        var pending = await In<IBillingModule, IReadOnlyList<PendingClientSummary>>(b => b.GetPendingTotalsAsync(new PendingRequest(Today, null, null, PendingScope.Both), default));
        using var client = await app.Factory.SignInAsNewUserAsync(await app.Factory.CreatePermissionGroupAsync(Everything));

        var page = await client.GetPageAsync("/");

        Assert.Equal(BillingScenario.Money(pending.Sum(p => p.ContractTotal + p.StandaloneTotal)), Figure(page, "#painel-pendente", "total"));
        Assert.Equal(pending.Count.ToString(CultureInfo.InvariantCulture), Figure(page, "#painel-pendente", "clientes"));
        Assert.Equal(PtBr.Date(pending.Min(p => p.EarliestDueDate)), Figure(page, "#painel-pendente", "vencimento"));

        var months = page.QuerySelectorAll("#painel-faturado tr[data-mes]").ToList();
        Assert.Equal(3, months.Count);
        foreach (var row in months)
        {
            var first = DateOnly.ParseExact(row.GetAttribute("data-mes") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var history = await HistoryAsync(new BillingHistoryRequest(first, first.AddMonths(1).AddDays(-1), null, null, null, null, null, null, 1, 1));
            Assert.Equal(BillingScenario.Money(history.TotalRealValue), row.QuerySelector("[data-figura=valor]")!.TextContent.Trim());
            Assert.Equal($"{history.CountedBillings} faturamento(s)", row.QuerySelector("[data-figura=quantidade]")!.TextContent.Trim());
        }

        Assert.Equal($"{Today:yyyy-MM}", months[^1].GetAttribute("data-mes"));
        var open = await HistoryAsync(new BillingHistoryRequest(null, null, null, null, null, null, null, BillingState.Billed, 1, 1));
        var overdue = await HistoryAsync(new BillingHistoryRequest(null, null, new DateOnly(2000, 1, 1), Today.AddDays(-1), null, null, null, BillingState.Billed, 1, 1));
        Assert.True(overdue.CountedBillings > 0);
        Assert.Equal(
            (open.CountedBillings.ToString(CultureInfo.InvariantCulture), BillingScenario.Money(open.TotalRealValue), overdue.CountedBillings.ToString(CultureInfo.InvariantCulture), BillingScenario.Money(overdue.TotalRealValue)),
            (Figure(page, "#painel-cobrancas", "abertas"), Figure(page, "#painel-cobrancas", "abertas-valor"), Figure(page, "#painel-cobrancas", "vencidas"), Figure(page, "#painel-cobrancas", "vencidas-valor")));

        var pendingAdjustment = await In<IContractsAdministration, PagedList<ContractListItemDto>>(c => c.ListContractsAsync(new ContractListRequest(null, null, ContractStatus.PendingAdjustment, null, 1), default));
        Assert.Equal(pendingAdjustment.TotalItems.ToString(CultureInfo.InvariantCulture), Figure(page, "#painel-reajuste", "reajuste"));

        var queue = await In<ITicketQueries, IReadOnlyList<TicketSummary>>(t => t.GetReviewQueueAsync(default));
        var waiting = await In<IBillingModule, IReadOnlyList<AwaitingReviewSummary>>(b => b.GetAwaitingReviewAsync(new AwaitingReviewRequest(null, PendingScope.Both), default));
        Assert.Equal(queue.Count.ToString(CultureInfo.InvariantCulture), Figure(page, "#painel-revisao", "revisao"));
        Assert.Equal(BillingScenario.Money(waiting.Sum(w => w.StandaloneValue)), Figure(page, "#painel-revisao", "revisao-valor"));

        var desk = page.QuerySelector($"#painel-abertos tr[data-mesa='{deskId}']")!;
        Assert.Equal(openTickets.ToString(CultureInfo.InvariantCulture), desk.QuerySelector("[data-figura=total]")!.TextContent.Trim());
        Assert.Equal(openTickets.ToString(CultureInfo.InvariantCulture), desk.QuerySelector($"[data-sla={SlaClockState.NoSla}]")!.TextContent.Trim());
        Assert.Equal($"/tickets?mesa={deskId}&situacao=Open", desk.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("canvas[data-dashboard-chart][data-chart-type=bar]"));
    }

    [Fact]
    public async Task WithoutValuesView_FinanceTilesHideMoney_AndOtherGroupsAreAbsent()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services, "Sem valores");
        await BillEverythingAsync(scenario, Today, Today.AddDays(10));
        using var client = await app.Factory.SignInAsNewUserAsync(await app.Factory.CreatePermissionGroupAsync([Tiflux.SharedKernel.Permissions.FinancialReports]));

        var page = await client.GetPageAsync("/");

        Assert.Equal(PtBr.Hidden, Figure(page, "#painel-pendente", "total"));
        Assert.Equal(PtBr.Hidden, Figure(page, "#painel-cobrancas", "abertas-valor"));
        Assert.All(page.QuerySelectorAll("#painel-faturado [data-figura=valor]"), cell => Assert.Equal(PtBr.Hidden, cell.TextContent.Trim()));
        Assert.DoesNotContain("R$", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#painel-revisao [data-figura=revisao-valor]"));
        // The review count is there, the desks table (Visualizar tickets) and the contract tiles are not.
        Assert.NotNull(page.QuerySelector("#painel-revisao"));
        Assert.Null(page.QuerySelector("#painel-abertos"));
        Assert.Null(page.QuerySelector("#painel-reajuste"));
        // Without "Faturamento" the links to its pages are hidden rather than answering "Acesso negado".
        Assert.Null(page.QuerySelector("a[href^='/faturamento']"));
    }

    [Fact]
    public async Task TicketsOnly_SeesTheTicketTiles_WithoutMoneyOrFinance()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(await app.Factory.CreatePermissionGroupAsync([Tiflux.SharedKernel.Permissions.TicketsView]));

        var page = await client.GetPageAsync("/");

        Assert.NotNull(page.QuerySelector("#painel-revisao"));
        Assert.NotNull(page.QuerySelector("#painel-abertos"));
        Assert.Null(page.QuerySelector("#painel-revisao [data-figura=revisao-valor]"));
        Assert.Null(page.QuerySelector("#painel-pendente"));
        Assert.Null(page.QuerySelector("#painel-faturado"));
        Assert.Null(page.QuerySelector("#painel-cobrancas"));
        Assert.Null(page.QuerySelector("#painel-lembrete"));
        Assert.Null(page.QuerySelector("#sem-paineis"));
    }

    [Fact]
    public async Task NoTilePermission_SaysSo()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(await app.Factory.CreatePermissionGroupAsync([Tiflux.SharedKernel.Permissions.ValuesView]));

        var page = await client.GetPageAsync("/");

        Assert.NotNull(page.QuerySelector("#sem-paineis"));
        Assert.Empty(page.QuerySelectorAll("section.card"));
    }

    private static string Figure(IHtmlDocument page, string tile, string figure) =>
        page.QuerySelector($"{tile} [data-figura={figure}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"{tile} has no {figure}");

    private async Task<TResult> In<T, TResult>(Func<T, Task<TResult>> action)
        where T : notnull
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    private async Task<BillingHistoryDto> HistoryAsync(BillingHistoryRequest request)
    {
        var result = await In<IBillingWorkflow, Result<BillingHistoryDto>>(w => w.GetHistoryAsync(request, default));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    private async Task BillEverythingAsync(BillingScenario scenario, DateOnly billingDate, DateOnly dueDate)
    {
        var filters = new PendingRequest(Today, null, [scenario.ClientId], PendingScope.Both);
        var result = await In<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
            new CommitBillingRequest(new BillingDraftRequest(scenario.ClientId, filters, [], true), null, billingDate, dueDate, 0m, 0m, "", "Painel", [], "financeiro"), default));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    private async Task<(Guid Desk, int Open)> DeskWithOpenTicketsAsync(Guid clientId, int count)
    {
        var tech = new ActorDto(Guid.CreateVersion7(), "Técnica do painel", MayHandleMoney: true);
        var desk = await In<ITicketSetup, Result<Guid>>(t => t.SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa painel " + Guid.NewGuid().ToString("N")[..6], ["Atendimento"],
                [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
            default));
        for (var i = 0; i < count; i++)
        {
            var created = await In<ITicketLifecycle, Result<int>>(t => t.CreateTicketAsync(
                new CreateTicketRequest("Impressora " + i, "Detalhes", clientId, desk.Value, null, null, null, "Ana", "ana@cliente.example", null), tech, default));
            Assert.True(created.IsSuccess, string.Join("; ", created.Errors.Select(e => e.Message)));
        }

        return (desk.Value, count);
    }
}
