using System.Net;
using AngleSharp.Dom;
using ClosedXML.Excel;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Tests.Portal;

/// <summary>
/// Portal Extrato de Consumo: the screen, the XLSX and both PDFs say the same; without "ver valores" none holds money;
/// another client's contract answers 404 and never shows its data.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class ReportsStatementTests(AppFixture app)
{
    private static string Period => $"de={PtBr.Iso(ReportsScenario.LastMonth)}&ate={PtBr.Iso(ReportsScenario.Today)}";

    [Fact]
    public async Task TheScreen_EqualsItsXlsx_AndItsPdfs()
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        var (client, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, PortalPermissions.SeeReports | PortalPermissions.SeeValues);

        var page = await client.GetPageAsync($"/portal/relatorios/extrato?{Period}");
        var screen = ScreenCycles(page);
        var entries = page.QuerySelectorAll("table.statement-entries tbody tr").Select(r => r.QuerySelectorAll("td")[5].TextContent).ToList();

        // Two contracts, each cut into last month and this month so far; the credit one in R$.
        Assert.Equal(4, screen.Count);
        Assert.Contains(screen, r => r.Contract.Contains(scenario.CreditContractName, StringComparison.Ordinal) && r.Consumed == PtBr.Money(ReportsScenario.RemoteRate));
        Assert.Contains(screen, r => r.Contract.Contains(scenario.HoursContractName, StringComparison.Ordinal) && r.Consumed == "03:00");

        var workbook = await DownloadAsync(client, "xlsx");
        using (var xlsx = new XLWorkbook(new MemoryStream(workbook)))
        {
            Assert.Equal(screen, XlsxCycles(xlsx.Worksheet("Resumo")));
            var sheet = xlsx.Worksheet("Apontamentos");
            Assert.Equal(
                entries.Select(e => e.Replace(" (garantia — fora do total)", "", StringComparison.Ordinal)),
                sheet.RowsUsed().Skip(1).Select(r => r.Cell(8).GetString()));
        }

        var synthetic = PdfWords.Squashed(await DownloadAsync(client, "sintetico"));
        var detailed = PdfWords.Squashed(await DownloadAsync(client, "detalhado"));
        foreach (var row in screen)
        {
            Assert.Contains(PdfWords.Squash(row.Period + row.Allowance + row.Consumed + row.Excess), synthetic, StringComparison.Ordinal);
        }

        Assert.All(entries, e => Assert.Contains(PdfWords.Squash(e), detailed, StringComparison.Ordinal));
        Assert.DoesNotContain(PdfWords.Squash("Configuração de VPN"), synthetic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutSeeValues_NoMoney_OnScreen_InTheXlsx_OrInThePdfs()
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        var (client, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, PortalPermissions.SeeReports);

        using var response = await client.GetAsync($"/portal/relatorios/extrato?{Period}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(scenario.CreditContractName, html, StringComparison.Ordinal);
        AssertNoMoney(html);

        using (var xlsx = new XLWorkbook(new MemoryStream(await DownloadAsync(client, "xlsx"))))
        {
            var cells = xlsx.Worksheets.SelectMany(s => s.CellsUsed()).ToList();
            Assert.DoesNotContain(cells, c => c.GetString().Contains("R$", StringComparison.Ordinal));
            Assert.DoesNotContain(cells, c => c.DataType == XLDataType.Number && c.GetDouble() is 123.45 or 210 or 777.77);
            Assert.DoesNotContain(cells, c => c.Style.NumberFormat.Format == "#,##0.00");
        }

        AssertNoMoney(PdfWords.Squashed(await DownloadAsync(client, "sintetico")));
        AssertNoMoney(PdfWords.Squashed(await DownloadAsync(client, "detalhado")));
    }

    [Fact]
    public async Task AnotherClientsContract_IsNotFound_AndNeverListed()
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        var (client, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, PortalPermissions.SeeReports | PortalPermissions.SeeValues);

        using var screen = await client.GetAsync($"/portal/relatorios/extrato?contrato={scenario.OtherContractId}&{Period}");
        using var file = await client.GetAsync($"/portal/relatorios/extrato?contrato={scenario.OtherContractId}&{Period}&formato=xlsx");
        var own = await client.GetPageAsync($"/portal/relatorios/extrato?contrato={scenario.HoursContractId}&{Period}");
        var all = await client.GetPageAsync($"/portal/relatorios/extrato?{Period}");

        Assert.Equal(HttpStatusCode.NotFound, screen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.Equal(2, ScreenCycles(own).Count);
        Assert.DoesNotContain(scenario.OtherContractName, all.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(all.QuerySelectorAll("select[name=contrato] option"), o => o.GetAttribute("value") == scenario.OtherContractId.ToString());
    }

    [Theory]
    [InlineData("de=2026-01-01&ate=2099-12-31", "no máximo um ano")]
    [InlineData("de=2026-03-01&ate=2026-02-01", "igual ou posterior")]
    public async Task PortalReports_RefuseAnUnusablePeriod_WithAMessage(string query, string message)
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        var (client, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, PortalPermissions.SeeReports);

        foreach (var url in new[] { "/portal/relatorios/extrato?", "/portal/relatorios/executivo?", "/portal/relatorios/extrato?formato=xlsx&" })
        {
            var page = await client.GetPageAsync(url + query);
            Assert.Contains(message, page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll("section.statement-contract, #tickets"));
        }
    }

    [Fact]
    public async Task EveryPortalReport_NeedsSeeReports()
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        var (without, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, PortalPermissions.SeeValues | PortalPermissions.SeeAllClientTickets);
        var (with, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, PortalPermissions.SeeReports);
        using var staff = await app.Factory.SignInAsAdminAsync();

        foreach (var url in new[] { "/portal/relatorios", "/portal/relatorios/extrato", "/portal/relatorios/grafico-consumo", "/portal/relatorios/executivo" })
        {
            using var refused = await without.GetAsync(url);
            using var opened = await with.GetAsync(url);
            using var admin = await staff.GetAsync(url);
            Assert.Equal((url, HttpStatusCode.Forbidden), (url, refused.StatusCode));
            Assert.Equal((url, HttpStatusCode.OK), (url, opened.StatusCode));
            Assert.NotEqual((url, HttpStatusCode.OK), (url, admin.StatusCode));
        }
    }

    [Fact]
    public async Task Executive_CountsTheClientsTickets_HoursByMode_AndBilledOnlyWithSeeValues()
    {
        var scenario = await ReportsScenario.CreateAsync(app.Factory.Services);
        var (withValues, _, _) = await app.Factory.SignInAsClientUserAsync(
            scenario.ClientId, PortalPermissions.SeeReports | PortalPermissions.SeeValues | PortalPermissions.SeeAllClientTickets);
        var (own, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, PortalPermissions.SeeReports);
        var url = $"/portal/relatorios/executivo?de={PtBr.Iso(ReportsScenario.ThisMonth)}&ate={PtBr.Iso(ReportsScenario.Today)}";

        var page = await withValues.GetPageAsync(url);
        var mine = await own.GetPageAsync(url);

        // One ticket of the client opened today, none closed; this month: Remoto 2:00 (Horas) + Externo 1:00 (Crédito).
        Assert.Equal(("1", "0", "0"), (Text(page, "abertos"), Text(page, "fechados"), Text(page, "cancelados")));
        Assert.Equal("03:00", Text(page, "total-horas"));
        Assert.Contains("Nenhum ticket fechado no período foi avaliado", Text(page, "avaliacoes"), StringComparison.Ordinal);
        Assert.Equal(("0", PtBr.Money(0m)), (Text(page, "faturamentos"), Text(page, "total-faturado")));
        Assert.Equal("0", Text(mine, "abertos"));
        Assert.Null(mine.GetElementById("faturado"));
        Assert.DoesNotContain("R$", mine.Body!.TextContent, StringComparison.Ordinal);
    }

    private static string Text(IParentNode page, string id) => page.QuerySelector($"#{id}")!.TextContent.Trim();

    private static void AssertNoMoney(string text)
    {
        Assert.DoesNotContain("R$", text, StringComparison.Ordinal);
        Assert.DoesNotContain("123,45", text, StringComparison.Ordinal);
        Assert.DoesNotContain("777,77", text, StringComparison.Ordinal);
        Assert.DoesNotContain("210,00", text, StringComparison.Ordinal);
    }

    private static async Task<byte[]> DownloadAsync(Tiflux.TestKit.AppClient client, string format)
    {
        using var response = await client.GetAsync($"/portal/relatorios/extrato?{Period}&formato={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private sealed record CycleRow(string Contract, string Period, string Allowance, string Consumed, string Excess);

    private static List<CycleRow> ScreenCycles(IParentNode page) =>
        [.. page.QuerySelectorAll("section.statement-contract").SelectMany(section =>
        {
            var name = section.QuerySelector("h2")!.ChildNodes.OfType<IText>().First().TextContent.Replace("Contrato ", "", StringComparison.Ordinal).Trim();
            return section.QuerySelectorAll("table.statement-cycles tbody tr:not(.subtotal)").Select(r =>
            {
                var cells = r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
                return new CycleRow(name, cells[0], cells[1], cells[2], cells[3]);
            });
        })];

    /// <summary>The Resumo sheet's cycle rows in the screen's words: durations as HH:MM, money as R$, dates dd/MM/yyyy.</summary>
    private static List<CycleRow> XlsxCycles(IXLWorksheet sheet) =>
        [.. sheet.RowsUsed().Where(r => r.RowNumber() > 5 && r.Cell(3).DataType == XLDataType.DateTime).Select(r => new CycleRow(
            r.Cell(1).GetString(),
            $"{PtBr.Date(DateOnly.FromDateTime(r.Cell(3).GetDateTime()))} a {PtBr.Date(DateOnly.FromDateTime(r.Cell(4).GetDateTime()))}",
            Show(r.Cell(6), r.Cell(5).GetString()),
            Show(r.Cell(7), r.Cell(5).GetString()),
            Show(r.Cell(8), r.Cell(5).GetString())))];

    private static string Show(IXLCell cell, string unit) => cell.DataType switch
    {
        // Durations are stored as days and formatted [h]:mm, which ClosedXML reads back as a date or a time span.
        XLDataType.DateTime => PtBr.Hhmm((int)Math.Round((cell.GetDateTime() - new DateTime(1899, 12, 30)).TotalMinutes)),
        XLDataType.TimeSpan => PtBr.Hhmm((int)Math.Round(cell.GetTimeSpan().TotalMinutes)),
        XLDataType.Number when unit == "R$" => PtBr.Money((decimal)cell.GetDouble()),
        XLDataType.Number when unit == "tickets" => $"{cell.GetDouble():0} tickets",
        XLDataType.Number => PtBr.Hhmm((int)Math.Round(cell.GetDouble() * 1440)),
        _ => cell.GetString(),
    };
}
