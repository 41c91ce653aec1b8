using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Tests.Portal;

/// <summary>
/// Gráfico Consumo Cliente (portal) and Gráfico consumo contrato (staff): the numbers under the chart and in its data
/// are the billing engine's usage of the same cycles; money only with "ver valores"; the staff page filters clients.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class ReportsChartTests(AppFixture app)
{
    private const PortalPermissions Reports = PortalPermissions.SeeReports;

    [Fact]
    public async Task PortalChart_ShowsTheBillingEnginesUsage_OfTheCurrentAndAClosedCycle()
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        var (client, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, Reports | PortalPermissions.SeeValues);

        var page = await client.GetPageAsync("/portal/relatorios/grafico-consumo");

        var current = await scenario.UsageAsync(ReportsScenario.Today);
        var closed = await scenario.UsageAsync(ReportsScenario.LastMonth.AddDays(10));
        var hours = Section(page, scenario.HoursContractId);
        Assert.Equal(PtBr.Hhmm(Usage(current, scenario.HoursContractId).UsedMinutes), Cell(Row(hours, ReportsScenario.ThisMonth), 3));
        Assert.Equal(PtBr.Hhmm(Usage(closed, scenario.HoursContractId).UsedMinutes), Cell(Row(hours, ReportsScenario.LastMonth), 3));
        Assert.Equal(("02:00", "03:00"), (Cell(Row(hours, ReportsScenario.ThisMonth), 3), Cell(Row(hours, ReportsScenario.LastMonth), 3)));
        Assert.Equal("Em andamento", Cell(Row(hours, ReportsScenario.ThisMonth), 5));
        Assert.Equal("Fechado", Cell(Row(hours, ReportsScenario.LastMonth), 5));

        var credit = Section(page, scenario.CreditContractId);
        Assert.Equal(PtBr.Money(Usage(current, scenario.CreditContractId).UsedCredit), Cell(Row(credit, ReportsScenario.ThisMonth), 3));
        Assert.Equal(PtBr.Money(Usage(closed, scenario.CreditContractId).UsedCredit), Cell(Row(credit, ReportsScenario.LastMonth), 3));
        Assert.Equal(PtBr.Money(ReportsScenario.RemoteRate), Cell(Row(credit, ReportsScenario.LastMonth), 3));

        // The canvas plots the same numbers (hours as decimal hours), and marks only the current cycle.
        using var data = JsonDocument.Parse(hours.QuerySelector("canvas[data-consumption-chart]")!.GetAttribute("data-consumption-chart")!);
        var consumed = data.RootElement.GetProperty("consumed").EnumerateArray().Select(e => e.GetDecimal()).ToArray();
        var flags = data.RootElement.GetProperty("current").EnumerateArray().Select(e => e.GetBoolean()).ToList();
        Assert.Equal([3m, 2m], consumed[^2..]);
        Assert.Equal([false, false, true], flags);
        Assert.DoesNotContain(scenario.OtherContractName, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortalChart_WithoutSeeValues_ShowsCreditContractsInHours_AndNoMoney()
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        var (client, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, Reports);

        using var response = await client.GetAsync("/portal/relatorios/grafico-consumo");
        var html = await response.Content.ReadAsStringAsync();
        var page = await client.GetPageAsync("/portal/relatorios/grafico-consumo");

        Assert.DoesNotContain("R$", html, StringComparison.Ordinal);
        Assert.DoesNotContain(PtBr.Number(ReportsScenario.RemoteRate), html, StringComparison.Ordinal);
        Assert.DoesNotContain(PtBr.Number(ReportsScenario.CreditValue), html, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportsScenario.CreditValue.ToString(CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        var credit = Section(page, scenario.CreditContractId);
        Assert.Equal(("01:00", "—"), (Cell(Row(credit, ReportsScenario.ThisMonth), 3), Cell(Row(credit, ReportsScenario.ThisMonth), 2)));
    }

    [Fact]
    public async Task PortalChart_InactiveContracts_OnlyWhenAsked()
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        await scenario.CancelHoursContractAsync(ReportsScenario.Today);
        var (client, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, Reports);

        var active = await client.GetPageAsync("/portal/relatorios/grafico-consumo");
        var all = await client.GetPageAsync("/portal/relatorios/grafico-consumo?inativos=true");

        Assert.Null(active.GetElementById($"contrato-{scenario.HoursContractId}"));
        Assert.NotNull(active.GetElementById($"contrato-{scenario.CreditContractId}"));
        Assert.Contains("inativo", Section(all, scenario.HoursContractId).QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffChart_FiltersByClients_AndIsLinkedFromTheReportsMenu()
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        using var admin = await app.Factory.SignInAsAdminAsync();

        var mine = await admin.GetPageAsync($"/relatorios/grafico-consumo-contrato?clientes={scenario.ClientId}&exibir=1");
        var other = await admin.GetPageAsync($"/relatorios/grafico-consumo-contrato?clientes={scenario.OtherClientId}&exibir=1");
        var menu = await admin.GetPageAsync("/relatorios");

        Assert.NotNull(mine.GetElementById($"contrato-{scenario.HoursContractId}"));
        Assert.NotNull(mine.GetElementById($"contrato-{scenario.CreditContractId}"));
        Assert.Null(mine.GetElementById($"contrato-{scenario.OtherContractId}"));
        Assert.NotNull(other.GetElementById($"contrato-{scenario.OtherContractId}"));
        Assert.Null(other.GetElementById($"contrato-{scenario.HoursContractId}"));
        Assert.Equal(PtBr.Money(ReportsScenario.ExternalRate), Cell(Row(Section(mine, scenario.CreditContractId), ReportsScenario.ThisMonth), 3));
        Assert.Contains(menu.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/relatorios/grafico-consumo-contrato");
    }

    internal static IElement Section(IParentNode page, Guid contractId) =>
        page.QuerySelector($"section[id='contrato-{contractId}']") ?? throw new InvalidOperationException($"No chart for contract {contractId}.");

    internal static IElement Row(IElement section, DateOnly cycleStart) =>
        section.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent.StartsWith(cycleStart.ToString("MM/yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal));

    internal static string Cell(IElement row, int index) => row.QuerySelectorAll("td")[index].TextContent.Trim();

    private static Tiflux.Billing.PublicApi.ContractUsageDto Usage(IReadOnlyList<Tiflux.Billing.PublicApi.ContractUsageDto> usage, Guid contractId) =>
        usage.Single(u => u.ContractId == contractId);
}
