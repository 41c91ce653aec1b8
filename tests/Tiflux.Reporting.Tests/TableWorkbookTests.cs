using ClosedXML.Excel;
using Tiflux.Reporting.PublicApi;
using Tiflux.Reporting.Tables;

namespace Tiflux.Reporting.Tests;

/// <summary>The list reports' XLSX exporter: real dates, numbers, money and durations; the screen texts of the same cells.</summary>
public sealed class TableWorkbookTests
{
    private static readonly ReportColumn[] Columns =
    [
        new("Data", ReportColumnKind.Date),
        new("Ticket", ReportColumnKind.Text),
        new("Quantidade", ReportColumnKind.Quantity),
        new("Itens", ReportColumnKind.WholeNumber),
        new("Valor", ReportColumnKind.Money),
        new("Tempo", ReportColumnKind.Duration),
        new("Garantia", ReportColumnKind.Boolean),
    ];

    private static ReportTable Table() => new(
        "Extrato de apontamentos: dezembro/2026 [teste] com um título longo",
        "Período: 01/12/2026 a 31/12/2026",
        Columns,
        [
            new([ReportCell.Of(new DateOnly(2026, 12, 5)), ReportCell.Of("#12 Servidor", "/tickets/12"), ReportCell.Of(1.5m), ReportCell.Of(2m), ReportCell.Of(1234.5m), ReportCell.Of(90m), ReportCell.Of(true)]),
            new([ReportCell.Of(new DateOnly(2026, 12, 6)), ReportCell.Of("#13 Rede"), ReportCell.Of(2m), ReportCell.Of(1m), ReportCell.Of(10m), ReportCell.Of(1500m), ReportCell.Of(false)]),
        ],
        [
            new([ReportCell.Of("Total"), ReportCell.Of("2 item(ns)"), ReportCell.Of(3.5m), ReportCell.Of(3m), ReportCell.Of(1244.5m), ReportCell.Of(1590m), ReportCell.Empty]),
        ]);

    private static IXLWorksheet Render(ReportTable table, out XLWorkbook book)
    {
        var file = new ReportTables().RenderXlsx(table, "apontamentos");
        Assert.Equal("apontamentos.xlsx", file.FileName);
        Assert.Equal(ReportTables.XlsxContentType, file.ContentType);
        book = new XLWorkbook(new MemoryStream(file.Content));
        return book.Worksheet(1);
    }

    [Fact]
    public void RenderXlsx_WritesTypedCells_AndTotals()
    {
        var sheet = Render(Table(), out var book);
        using (book)
        {
            Assert.Equal("Extrato de apontamentos  dezem", sheet.Name[..30]);
            Assert.True(sheet.Name.Length <= 31);
            Assert.Equal("Período: 01/12/2026 a 31/12/2026", sheet.Cell(2, 1).GetString());
            Assert.Equal(["Data", "Ticket", "Quantidade", "Itens", "Valor", "Tempo", "Garantia"], sheet.Row(4).CellsUsed().Select(c => c.GetString()));
            Assert.Equal(new DateTime(2026, 12, 5), sheet.Cell(5, 1).GetDateTime());
            Assert.Equal("#12 Servidor", sheet.Cell(5, 2).GetString());
            Assert.Equal(1.5m, sheet.Cell(5, 3).GetValue<decimal>());
            Assert.Equal(1234.5m, sheet.Cell(5, 5).GetValue<decimal>());
            Assert.Equal(TableWorkbook.MoneyFormat, sheet.Cell(5, 5).Style.NumberFormat.Format);
            XlsxDuration.Assert(sheet.Cell(5, 6), 90);
            Assert.Equal("Sim", sheet.Cell(5, 7).GetString());
            Assert.Equal("Não", sheet.Cell(6, 7).GetString());
            Assert.True(sheet.Row(7).IsEmpty());
            Assert.Equal("Total", sheet.Cell(8, 1).GetString());
            Assert.Equal(1244.5m, sheet.Cell(8, 5).GetValue<decimal>());
            XlsxDuration.Assert(sheet.Cell(8, 6), 1590);
            Assert.True(sheet.Cell(8, 1).Style.Font.Bold);
        }
    }

    [Fact]
    public void WithoutMoney_DropsTheMoneyColumnFromRowsAndTotals()
    {
        var table = Table().WithoutMoney();

        Assert.DoesNotContain(table.Columns, c => c.Kind == ReportColumnKind.Money);
        Assert.All(table.Rows.Concat(table.Totals), r => Assert.Equal(table.Columns.Count, r.Cells.Count));
        Assert.Equal("01:30", table.Rows[0].Cells[4].Display(table.Columns[4].Kind));
        var sheet = Render(table, out var book);
        using (book)
        {
            Assert.DoesNotContain("Valor", sheet.Row(4).CellsUsed().Select(c => c.GetString()));
        }
    }

    [Fact]
    public void Display_IsTheScreenTextInPortuguese()
    {
        var row = Table().Rows[0].Cells;

        Assert.Equal("05/12/2026", row[0].Display(ReportColumnKind.Date));
        Assert.Equal("1,5", row[2].Display(ReportColumnKind.Quantity));
        Assert.Equal("R$ 1.234,50", row[4].Display(ReportColumnKind.Money));
        Assert.Equal("01:30", row[5].Display(ReportColumnKind.Duration));
        Assert.Equal("Sim", row[6].Display(ReportColumnKind.Boolean));
        Assert.Equal("Total", Table().Totals[0].Cells[0].Display(ReportColumnKind.Date));
        Assert.Equal("", ReportCell.Empty.Display(ReportColumnKind.Money));
    }
}
