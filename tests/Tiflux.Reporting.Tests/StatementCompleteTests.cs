using ClosedXML.Excel;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;

namespace Tiflux.Reporting.Tests;

/// <summary>
/// The complete statement (issue 25 item 2): Billing's balances and lots, standalone work, travel with ride-alongs and
/// extras with their billed state; the screen's totals equal the XLSX's and the PDFs'; no money without values.
/// </summary>
[Collection(ScenarioGroup.Name)]
public sealed class StatementCompleteTests(BillingScenario scenario)
{
    private async Task<ConsumptionStatementRequest> RequestAsync(ConsumptionStatementFormat format = ConsumptionStatementFormat.Xlsx, bool values = true, bool withScenarioClient = false)
    {
        var world = await StatementWorld.Of(scenario);
        IReadOnlyList<Guid> clients = withScenarioClient ? [world.ClientId, scenario.ClientId] : [world.ClientId];
        return new ConsumptionStatementRequest(clients, null, StatementWorld.From, StatementWorld.To, format, values);
    }

    private async Task<ConsumptionStatementDto> ScreenAsync(ConsumptionStatementRequest request)
    {
        var result = await scenario.In<IReportingModule, Result<ConsumptionStatementDto>>(r => r.GetConsumptionStatementAsync(request, default));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    private async Task<byte[]> FileAsync(ConsumptionStatementRequest request)
    {
        var result = await scenario.In<IReportingModule, Result<ReportFile>>(r => r.RenderConsumptionStatementAsync(request, default));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value.Content;
    }

    [Fact]
    public async Task Balance_ComesFromTheLedger_WithLotsAndTheirExpiry()
    {
        var screen = await ScreenAsync(await RequestAsync());
        var contract = Assert.Single(screen.Contracts);

        // February and March, whole; January's lot opens the period.
        Assert.Equal(["01/02/2026 a 28/02/2026", "01/03/2026 a 31/03/2026"], contract.Cycles.Select(c => c.Period));
        Assert.Equal(("02:00", "01:00", "00:00"), (contract.Cycles[0].Allowance, contract.Cycles[0].Consumed, contract.Cycles[0].Excess));
        var balance = contract.Balance!;
        Assert.Equal(("01:30", "02:00", "01:00", "00:00", "02:30"), (balance.Opening, balance.Added, balance.Used, balance.Expired, balance.Closing));
        Assert.Contains("1 ciclo do período ainda não faturado", balance.Note, StringComparison.Ordinal);
        Assert.Equal(["00:30", "02:00"], balance.Lots.Select(l => l.Remaining));
        Assert.StartsWith("após 31/03/2026", balance.Lots[0].Expires, StringComparison.Ordinal);
        Assert.StartsWith("após 30/04/2026", balance.Lots[1].Expires, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandaloneTravelAndExtras_ListedWithState_WarrantyAndRideAlongOutOfTotals()
    {
        var client = Assert.Single((await ScreenAsync(await RequestAsync())).Clients);

        Assert.Equal(3, client.Standalone.Count);
        // The counted hours were billed on 15/03; the warranty half hour is listed with its own state, never in a total.
        Assert.Equal(["Faturado", "Faturado"], client.Standalone.Where(w => !w.Warranty).Select(w => w.State));
        Assert.Equal("Não cobrado", Assert.Single(client.Standalone, w => w.Warranty).State);
        Assert.Equal(("02:00", PtBr.Money(2 * StatementWorld.ExternalRate)), (client.Totals.StandaloneDuration, client.Totals.StandaloneValue));
        Assert.Equal(2, client.Travel.Count);
        Assert.Equal("Não cobrado", Assert.Single(client.Travel, t => !t.Counted && t.Remark.StartsWith("carona do ticket #", StringComparison.Ordinal)).State);
        Assert.Equal((1, PtBr.Money(StatementWorld.TravelValue)), (client.Totals.TravelCount, client.Totals.TravelValue));
        Assert.Equal([("Cabo da gráfica", "Faturado", PtBr.Money(50m)), ("Toner da gráfica", "Pendente", PtBr.Money(60m))], client.Extras.Select(x => (x.Expense, x.State, x.Total)));
        Assert.Equal(PtBr.Money(360m + 75m + 110m), client.Totals.Total);
    }

    [Fact]
    public async Task Xlsx_ResumoAndClientSheet_TotalsEqualTheScreen()
    {
        var request = await RequestAsync(withScenarioClient: true);
        var screen = await ScreenAsync(request);
        using var workbook = new XLWorkbook(new MemoryStream(await FileAsync(request)));

        Assert.Equal(["Resumo", "Apontamentos", StatementWorld.ClientName, "Padaria Pão Quente"], workbook.Worksheets.Select(w => w.Name));
        var summary = workbook.Worksheet("Resumo");
        var totalsHeader = summary.RowsUsed().Single(r => r.Cell(1).GetString() == "Cliente").RowNumber();
        foreach (var (client, index) in screen.Clients.Select((c, i) => (c, i)))
        {
            var row = summary.Row(totalsHeader + 1 + index);
            Assert.Equal(client.Name, row.Cell(1).GetString());
            Assert.Equal(client.Totals.StandaloneDuration, Hhmm(row.Cell(2)));
            Assert.Equal(client.Totals.StandaloneValue, PtBr.Money((decimal)row.Cell(3).GetDouble()));
            Assert.Equal(client.Totals.TravelValue, PtBr.Money((decimal)row.Cell(5).GetDouble()));
            Assert.Equal(client.Totals.ExtrasValue, PtBr.Money((decimal)row.Cell(7).GetDouble()));
            Assert.Equal(client.Totals.Total, PtBr.Money((decimal)row.Cell(8).GetDouble()));
        }

        var mine = screen.Clients[0];
        var sheet = workbook.Worksheet(StatementWorld.ClientName);
        var balance = sheet.RowsUsed().Single(r => r.Cell(1).GetString().Contains(StatementWorld.ContractName, StringComparison.Ordinal) && r.Cell(2).GetString() == "horas");
        Assert.Equal(mine.Contracts[0].Balance!.Closing, Hhmm(balance.Cell(7)));
        var totals = sheet.RowsUsed().Where(r => r.Cell(1).GetString() == "Total").ToList();
        Assert.Equal(3, totals.Count);
        Assert.Equal(mine.Totals.StandaloneValue, PtBr.Money((decimal)totals[0].Cell(6).GetDouble()));
        Assert.Equal(mine.Totals.TravelValue, PtBr.Money((decimal)totals[1].Cell(5).GetDouble()));
        Assert.Equal(mine.Totals.ExtrasValue, PtBr.Money((decimal)totals[2].Cell(6).GetDouble()));
    }

    [Fact]
    public async Task Pdfs_PrintTheScreensTotals()
    {
        var screen = await ScreenAsync(await RequestAsync());
        var client = screen.Clients[0];
        var balance = client.Contracts[0].Balance!;

        var synthetic = PdfText.Read(await FileAsync(await RequestAsync(ConsumptionStatementFormat.PdfSynthetic)));
        synthetic.Has($"Saldo acumulado {balance.Opening} {balance.Added} {balance.Used} {balance.Expired} {balance.Closing}");
        synthetic.Has($"Atendimentos avulsos {client.Totals.StandaloneDuration} {client.Totals.StandaloneValue}");
        synthetic.Has($"Gastos extras {client.Totals.ExtraCount} {client.Totals.ExtrasValue}");
        synthetic.Has($"Total fora dos contratos {client.Totals.Total}");
        synthetic.HasNot("Troca do fusor");

        var detailed = PdfText.Read(await FileAsync(await RequestAsync(ConsumptionStatementFormat.PdfDetailed)));
        detailed.Has("Troca do fusor");
        detailed.Has("Retorno em garantia (garantia — fora do total)");
        detailed.Has(client.Travel.Single(t => !t.Counted).Remark);
    }

    [Fact]
    public async Task WithoutValues_NoMoney_InTheScreenOrTheXlsx()
    {
        var request = await RequestAsync(values: false);
        var screen = await ScreenAsync(request);
        using var workbook = new XLWorkbook(new MemoryStream(await FileAsync(request)));

        Assert.All(screen.Clients[0].Standalone, w => Assert.Equal("", w.Value));
        Assert.Equal("", screen.Clients[0].Totals.Total);
        Assert.Equal("02:30", screen.Contracts[0].Balance!.Closing);
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).ToList();
        Assert.DoesNotContain(cells, c => c.GetString().Contains("R$", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Style.NumberFormat.Format == "#,##0.00");
    }

    [Theory]
    [InlineData(0, "2026-02-01", "2026-03-31", "ao menos um cliente")]
    [InlineData(1, "2026-03-31", "2026-02-01", "igual ou posterior")]
    [InlineData(1, "2025-01-01", "2026-03-31", "no máximo um ano")]
    [InlineData(51, "2026-02-01", "2026-03-31", "no máximo 50 clientes")]
    public async Task BadRequests_AreRefusedWithAMessage(int clients, string from, string to, string message)
    {
        var request = new ConsumptionStatementRequest(
            [.. Enumerable.Range(0, clients).Select(_ => Guid.NewGuid())], null, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), ConsumptionStatementFormat.Xlsx);
        var result = await scenario.In<IReportingModule, Result<ConsumptionStatementDto>>(r => r.GetConsumptionStatementAsync(request, default));
        Assert.Contains(message, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    /// <summary>A duration cell ([h]:mm, stored as days) in the screen's HH:MM.</summary>
    private static string Hhmm(IXLCell cell)
    {
        Assert.Equal("[h]:mm", cell.Style.NumberFormat.Format);
        var days = cell.DataType switch
        {
            XLDataType.DateTime => cell.GetDateTime().ToOADate(),
            XLDataType.TimeSpan => cell.GetTimeSpan().TotalDays,
            _ => cell.GetDouble(),
        };
        return PtBr.Hhmm((int)Math.Round(days * 1440));
    }
}
