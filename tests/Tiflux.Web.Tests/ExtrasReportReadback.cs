using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using Tiflux.TestKit;

namespace Tiflux.Web.Tests;

/// <summary>Reads a list report (Gastos Extras, Deslocamentos, Extrato de apontamentos) back from its page and its XLSX.</summary>
internal static class ExtrasReportReadback
{
    /// <summary>The XLSX's header row (title and filters above it).</summary>
    private const int HeaderRow = 4;

    public static IReadOnlyList<IElement> Rows(IHtmlDocument page) => [.. page.QuerySelectorAll("#relatorio tbody tr")];

    public static string Cell(IElement row, string header) => row.QuerySelector($"td[data-col='{header}']")!.TextContent.Trim();

    public static IElement Row(IHtmlDocument page, string header, string text) =>
        Assert.Single(Rows(page), r => Cell(r, header).Contains(text, StringComparison.Ordinal));

    public static string Total(IHtmlDocument page, string label, string header) =>
        page.QuerySelector($"#relatorio tfoot tr[data-total='{label}'] th[data-col='{header}']")!.TextContent.Trim();

    public static IReadOnlyList<string> Headers(IHtmlDocument page) => [.. page.QuerySelectorAll("#relatorio thead th").Select(th => th.TextContent.Trim())];

    public static async Task<XLWorkbook> XlsxAsync(AppClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return new XLWorkbook(stream);
    }

    public static IReadOnlyList<string> XlsxHeaders(XLWorkbook book) =>
        [.. book.Worksheet(1).Row(HeaderRow).CellsUsed().Select(c => c.GetString())];

    /// <summary>The cell of the totals row labelled <paramref name="label"/> (column A) in the column headed <paramref name="header"/>.</summary>
    public static IXLCell XlsxTotal(XLWorkbook book, string label, string header)
    {
        var sheet = book.Worksheet(1);
        var column = sheet.Row(HeaderRow).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;
        var row = sheet.Column(1).CellsUsed().Single(c => c.Address.RowNumber > HeaderRow && c.GetString() == label).Address.RowNumber;
        return sheet.Cell(row, column);
    }

    /// <summary>A duration cell ([h]:mm) in minutes, whichever type ClosedXML reads it back as.</summary>
    public static int Minutes(IXLCell cell)
    {
        Assert.Equal("[h]:mm", cell.Style.NumberFormat.Format);
        var days = cell.DataType switch
        {
            XLDataType.TimeSpan => cell.GetTimeSpan().TotalDays,
            XLDataType.DateTime => cell.GetDateTime().ToOADate(),
            _ => cell.GetDouble(),
        };
        return (int)Math.Round(days * 1440d);
    }

    /// <summary>The data rows (between the headers and the blank line before the totals).</summary>
    public static int XlsxRowCount(XLWorkbook book)
    {
        var sheet = book.Worksheet(1);
        var count = 0;
        while (!sheet.Row(HeaderRow + count + 1).IsEmpty())
        {
            count++;
        }

        return count;
    }
}
