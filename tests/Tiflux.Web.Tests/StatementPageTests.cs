using System.Net;
using ClosedXML.Excel;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Web.Tests.Portal;

namespace Tiflux.Web.Tests;

/// <summary>
/// Relatórios › Extrato consumo de cliente: several clients on screen, the XLSX's cycle rows equal the screen's, money
/// only with "visualizar valores", bad filters answered with a message (never a 5xx).
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class StatementPageTests(AppFixture app)
{
    private static string Period => $"de={PtBr.Iso(ReportsScenario.LastMonth)}&ate={PtBr.Iso(ReportsScenario.Today)}";

    [Fact]
    public async Task SeveralClients_OnScreen_AndTheXlsxHasTheSameCycles()
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        using var client = await app.Factory.SignInAsAdminAsync();
        var query = $"clientes={scenario.ClientId}&clientes={scenario.OtherClientId}&{Period}";

        var page = await client.GetPageAsync($"/relatorios/extrato?{query}");
        var names = page.QuerySelectorAll("h2.statement-client-name").Select(h => h.TextContent.Trim()).ToList();
        var cycles = page.QuerySelectorAll("table.statement-cycles tbody tr:not(.subtotal)")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .ToList();

        Assert.Equal(2, names.Count);
        Assert.Contains(page.QuerySelectorAll("section.statement-contract h2"), h => h.TextContent.Contains(scenario.OtherContractName, StringComparison.Ordinal));
        Assert.Contains(cycles, c => c[2] == PtBr.Money(ReportsScenario.RemoteRate));
        using var response = await client.GetAsync($"/relatorios/extrato?{query}&formato=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var xlsx = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var rows = xlsx.Worksheet("Resumo").RowsUsed().Where(r => r.RowNumber() > 5 && r.Cell(3).DataType == XLDataType.DateTime).ToList();
        Assert.Equal(cycles.Count, rows.Count);
        Assert.Equal(
            cycles.Select(c => c[0]),
            rows.Select(r => $"{PtBr.Date(DateOnly.FromDateTime(r.Cell(3).GetDateTime()))} a {PtBr.Date(DateOnly.FromDateTime(r.Cell(4).GetDateTime()))}"));
        Assert.Equal(4, xlsx.Worksheets.Count);
    }

    [Fact]
    public async Task WithoutValuesView_NoMoney_AndNoValuesChoice()
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        var group = await app.Factory.CreatePermissionGroupAsync([Tiflux.SharedKernel.Permissions.FinancialReports]);
        using var client = await app.Factory.SignInAsNewUserAsync(group);

        // Asking for values does not give them: the permission decides.
        var page = await client.GetPageAsync($"/relatorios/extrato?clientes={scenario.ClientId}&valores=true&{Period}");

        Assert.NotEmpty(page.QuerySelectorAll("section.statement-contract"));
        Assert.Null(page.QuerySelector("input[name=valores]"));
        Assert.DoesNotContain("R$", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(PtBr.Number(ReportsScenario.RemoteRate), page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clientes=abc", "Cliente ou contrato inválido")]
    [InlineData("clientes={0}&de=2026-13-45", "Data inválida")]
    [InlineData("clientes={0}&de=2026-03-31&ate=2026-02-01", "igual ou posterior")]
    [InlineData("clientes={0}&de=2025-01-01&ate=2026-03-31", "no máximo um ano")]
    [InlineData("clientes={0}&formato=zip", "Formato desconhecido")]
    [InlineData("formato=xlsx", "ao menos um cliente")]
    public async Task BadFilters_AreAnsweredWithAMessage(string query, string message)
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        using var client = await app.Factory.SignInAsAdminAsync();

        var page = await client.GetPageAsync("/relatorios/extrato?" + string.Format(System.Globalization.CultureInfo.InvariantCulture, query, scenario.ClientId));

        Assert.Contains(message, page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("section.statement-contract"));
    }

    [Fact]
    public async Task TooManyClients_AreRefused()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var query = string.Join("&", Enumerable.Range(0, 51).Select(_ => $"clientes={Guid.NewGuid()}"));

        var page = await client.GetPageAsync($"/relatorios/extrato?{query}");

        Assert.Contains("no máximo 50 clientes", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
