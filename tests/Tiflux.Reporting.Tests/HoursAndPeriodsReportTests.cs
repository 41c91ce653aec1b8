using ClosedXML.Excel;
using Tiflux.Billing.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;

namespace Tiflux.Reporting.Tests;

/// <summary>
/// Hours read as HH:MM in every closing-report layout and in the statement (XLSX as real durations); contract lines are
/// dated with the period they charge, not with the first entry behind them.
/// </summary>
[Collection(ScenarioGroup.Name)]
public sealed class HoursAndPeriodsReportTests(BillingScenario scenario)
{
    /// <summary>A detail row as the template writes it: quantity, unit value and amount cells.</summary>
    private static readonly string FortyFiveMinutesRow =
        $"<td class=\"money\">00:45</td><td class=\"money\">{PtBr.Money(HoursClient.Rate)}</td><td class=\"money\">{PtBr.Money(HoursClient.FortyFiveMinutes)}</td>";

    private async Task<string> HtmlAsync(HoursClient client, ClosingReportLayout layout)
    {
        var html = await scenario.In<IReportingModule, Result<string>>(r => r.RenderBillingHtmlAsync(client.Billing.Summary.Id, layout, default));
        Assert.True(html.IsSuccess, string.Join("; ", html.Errors.Select(e => e.Message)));
        return html.Value;
    }

    [Fact]
    public async Task TheBilling_HasTheLinesTheReportsShow()
    {
        var client = await HoursClient.Of(scenario);
        var lines = client.Billing.Lines;

        var excess = Assert.Single(lines, l => l.Kind == PendingLineKind.HoursExcess);
        Assert.Equal(0.75m, excess.Quantity);
        Assert.Equal(HoursClient.FortyFiveMinutes, excess.Amount);
        var entry = Assert.Single(lines, l => l.Kind == PendingLineKind.StandaloneEntry);
        Assert.Equal(0.75m, entry.Quantity);
        Assert.Equal(HoursClient.FortyFiveMinutes, entry.Amount);
        var fee = Assert.Single(lines, l => l.Kind == PendingLineKind.ContractFee);
        Assert.Equal(new DateOnly(2026, 2, 1), fee.PeriodStart);
        Assert.Equal(new DateOnly(2026, 2, 28), fee.PeriodEnd);
        Assert.Equal(HoursClient.Fee + 2 * HoursClient.FortyFiveMinutes, client.Billing.Summary.ItemsTotal);
    }

    [Theory]
    [InlineData(ClosingReportLayout.Detailed)]
    [InlineData(ClosingReportLayout.DetailedWithAppointments)]
    [InlineData(ClosingReportLayout.ByResourceGroup)]
    public async Task DetailedLayouts_ShowHoursAsHhmm_AndDateContractLinesWithTheCyclePeriod(ClosingReportLayout layout)
    {
        var client = await HoursClient.Of(scenario);
        var html = await HtmlAsync(client, layout);

        // the excess (contract) and the standalone entry: 0,75 h each
        Assert.Equal(2, Occurrences(html, FortyFiveMinutesRow));
        Assert.DoesNotContain("0,75", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" h</td>", html, StringComparison.Ordinal);

        Assert.Contains($"<td>{HoursClient.February}</td><td>Mensalidade ({HoursClient.February})</td><td class=\"money\">1 un</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{HoursClient.February}</td><td>Horas excedentes ({HoursClient.February})</td>{FortyFiveMinutesRow}", html, StringComparison.Ordinal);
        // not the date of the first entry behind the cycle (10/02/2026)
        Assert.DoesNotContain("<td>10/02/2026</td><td>Mensalidade", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>10/02/2026</td><td>Horas excedentes", html, StringComparison.Ordinal);
        // a ticket's line keeps its own date
        var entry = client.Billing.Lines.Single(l => l.Kind == PendingLineKind.StandaloneEntry);
        Assert.Contains($"<td>14/03/2026</td><td>{System.Net.WebUtility.HtmlEncode(entry.Description)}</td>{FortyFiveMinutesRow}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synthetic_ListsNoQuantities_AndNoDecimalHours()
    {
        var client = await HoursClient.Of(scenario);
        var html = await HtmlAsync(client, ClosingReportLayout.Synthetic);

        Assert.DoesNotContain("0,75", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Qtde", html, StringComparison.Ordinal);
        Assert.Contains($"ciclo {HoursClient.February}", html, StringComparison.Ordinal);
        Assert.Contains(PtBr.Money(HoursClient.Fee + HoursClient.FortyFiveMinutes), html, StringComparison.Ordinal);
        Assert.Contains(PtBr.Money(HoursClient.FortyFiveMinutes), html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClosingReportLayout.Synthetic)]
    [InlineData(ClosingReportLayout.Detailed)]
    [InlineData(ClosingReportLayout.DetailedWithAppointments)]
    [InlineData(ClosingReportLayout.ByResourceGroup)]
    public async Task Pdf_ReadBack_ShowsHhmmAndThePeriod(ClosingReportLayout layout)
    {
        var client = await HoursClient.Of(scenario);
        var result = await scenario.In<IReportingModule, Result<ReportFile>>(r => r.RenderBillingPdfAsync(client.Billing.Summary.Id, layout, default));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        var pdf = PdfText.Read(result.Value.Content);

        pdf.HasNot("0,75");
        pdf.Has("Valor real " + PtBr.Money(HoursClient.Fee + 2 * HoursClient.FortyFiveMinutes));
        if (layout == ClosingReportLayout.Synthetic)
        {
            pdf.HasNot("00:45");
            return;
        }

        pdf.Has($"{HoursClient.February} Mensalidade ({HoursClient.February}) 1 un {PtBr.Money(HoursClient.Fee)} {PtBr.Money(HoursClient.Fee)}");
        pdf.Has($"{HoursClient.February} Horas excedentes ({HoursClient.February}) 00:45 {PtBr.Money(HoursClient.Rate)} {PtBr.Money(HoursClient.FortyFiveMinutes)}");
        var entry = client.Billing.Lines.Single(l => l.Kind == PendingLineKind.StandaloneEntry);
        pdf.Has($"14/03/2026 {entry.Description} 00:45 {PtBr.Money(HoursClient.Rate)} {PtBr.Money(HoursClient.FortyFiveMinutes)}");
    }

    [Fact]
    public async Task StatementXlsx_WritesTimesAsDurationCells_MinutesOver1440_FormattedHhMm()
    {
        var client = await HoursClient.Of(scenario);
        var result = await scenario.In<IReportingModule, Result<ReportFile>>(r => r.RenderConsumptionStatementAsync(
            new ConsumptionStatementRequest(client.ClientId, client.ContractId, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), ConsumptionStatementFormat.Xlsx), default));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        using var workbook = new XLWorkbook(new MemoryStream(result.Value.Content));

        var summary = workbook.Worksheet("Resumo");
        Assert.Contains("Horas da ótica", summary.Cell(6, 1).GetString(), StringComparison.Ordinal);
        XlsxDuration.Assert(summary.Cell(6, 6), 60); // included
        XlsxDuration.Assert(summary.Cell(6, 7), 105); // consumed
        XlsxDuration.Assert(summary.Cell(6, 8), 45);  // excess

        var entries = workbook.Worksheet("Apontamentos");
        Assert.Equal("Tempo", entries.Cell(1, 6).GetString());
        Assert.Equal("Manutenção mensal", entries.Cell(2, 8).GetString());
        XlsxDuration.Assert(entries.Cell(2, 6), 105);
    }

    [Fact]
    public async Task StatementPdf_ShowsHhmm()
    {
        var client = await HoursClient.Of(scenario);
        var result = await scenario.In<IReportingModule, Result<ReportFile>>(r => r.RenderConsumptionStatementAsync(
            new ConsumptionStatementRequest(client.ClientId, client.ContractId, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), ConsumptionStatementFormat.PdfDetailed), default));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        var pdf = PdfText.Read(result.Value.Content);

        pdf.Has($"{HoursClient.February} 01:00 01:45 00:45");
        pdf.Has("Remoto 01:45 Manutenção mensal");
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

/// <summary>
/// A real XLSX duration: a number of days (minutes / 1440) Excel can sum, formatted [h]:mm — read back with ClosedXML, which
/// types a number with a time format as a date/time when it loads the file.
/// </summary>
internal static class XlsxDuration
{
    public static void Assert(IXLCell cell, int minutes)
    {
        Xunit.Assert.Equal("[h]:mm", cell.Style.NumberFormat.Format);
        var days = cell.DataType switch
        {
            XLDataType.Number => cell.GetDouble(),
            XLDataType.DateTime => cell.GetDateTime().ToOADate(),
            XLDataType.TimeSpan => cell.GetTimeSpan().TotalDays,
            var other => throw new Xunit.Sdk.XunitException($"{cell.Address} is {other}, not a number: '{cell.GetString()}'"),
        };
        Xunit.Assert.Equal(minutes / 1440d, days, 9);
    }
}
