using ClosedXML.Excel;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

using Tiflux.TestKit;

namespace Tiflux.Reporting.Tests;

[Collection(ScenarioGroup.Name)]
public sealed class StatementTests(BillingScenario scenario)
{
    private Task<Result<ReportFile>> RenderAsync(ConsumptionStatementFormat format) =>
        scenario.In<IReportingModule, Result<ReportFile>>(r => r.RenderConsumptionStatementAsync(
            new ConsumptionStatementRequest(scenario.ClientId, scenario.HoursContractId, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), format), default));

    [Fact]
    public async Task Xlsx_ShowsAllowanceConsumedAndExcess_WithoutWarranty()
    {
        var result = await RenderAsync(ConsumptionStatementFormat.Xlsx);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        using var workbook = new XLWorkbook(new MemoryStream(result.Value.Content));
        var summary = workbook.Worksheet("Resumo");
        Assert.Equal("Padaria Pão Quente", summary.Cell(2, 2).GetString());
        Assert.Contains("Contrato Horas", summary.Cell(6, 1).GetString(), StringComparison.Ordinal);
        XlsxDuration.Assert(summary.Cell(6, 6), 120); // 02:00 included
        XlsxDuration.Assert(summary.Cell(6, 7), 180); // 03:00 consumed (the 2 h warranty entry is not counted)
        XlsxDuration.Assert(summary.Cell(6, 8), 60); // 01:00 excess
        Assert.True(summary.Column(1).Width > 20);

        var entries = workbook.Worksheet("Apontamentos");
        Assert.Equal(2, entries.RowsUsed().Count() - 1);
        Assert.Equal("Sim", entries.Cell(3, 7).GetString());
        Assert.Equal("Retrabalho em garantia", entries.Cell(3, 8).GetString());
    }

    [Fact]
    public async Task Pdf_SyntheticAndDetailed()
    {
        var synthetic = PdfText.Read((await RenderAsync(ConsumptionStatementFormat.PdfSynthetic)).Value.Content);
        synthetic.Has("Extrato de consumo — sintético");
        synthetic.Has("01/03/2026 a 31/03/2026 02:00 03:00 01:00");
        synthetic.HasNot("Atualização mensal");

        var detailed = PdfText.Read((await RenderAsync(ConsumptionStatementFormat.PdfDetailed)).Value.Content);
        detailed.Has("Atualização mensal");
        detailed.Has("Retrabalho em garantia (garantia — fora do total)");
    }
}
