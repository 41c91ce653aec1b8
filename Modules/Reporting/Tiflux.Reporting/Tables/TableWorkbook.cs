using ClosedXML.Excel;
using Tiflux.Reporting.Documents;
using Tiflux.Reporting.PublicApi;

namespace Tiflux.Reporting.Tables;

/// <summary>
/// A <see cref="ReportTable"/> as XLSX: title and filters on top, bold headers, one row per item, then the totals rows.
/// Numbers stay numbers (money with a R$ format, durations as days formatted [h]:mm) so a spreadsheet sums them.
/// </summary>
internal static class TableWorkbook
{
    public const string MoneyFormat = "\"R$\" #,##0.00";

    /// <summary>The row of the headers; items follow it.</summary>
    public const int HeaderRow = 4;

    public static byte[] Build(ReportTable table)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(table.Title));
        sheet.Cell(1, 1).Value = table.Title;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = table.FiltersCaption;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            sheet.Cell(HeaderRow, c + 1).Value = table.Columns[c].Header;
            sheet.Cell(HeaderRow, c + 1).Style.Font.Bold = true;
        }

        var row = HeaderRow;
        foreach (var item in table.Rows)
        {
            Write(sheet, ++row, table.Columns, item);
        }

        row++;
        foreach (var total in table.Totals)
        {
            Write(sheet, ++row, table.Columns, total);
            sheet.Row(row).Style.Font.Bold = true;
        }

        Widths(sheet, table);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Write(IXLWorksheet sheet, int row, IReadOnlyList<ReportColumn> columns, ReportRow values)
    {
        for (var c = 0; c < columns.Count && c < values.Cells.Count; c++)
        {
            Write(sheet.Cell(row, c + 1), columns[c].Kind, values.Cells[c]);
        }
    }

    private static void Write(IXLCell cell, ReportColumnKind kind, ReportCell value)
    {
        if (value.Text is not null || (value.Number, value.Date, value.Flag) is (null, null, null))
        {
            cell.Value = value.Text ?? "";
            return;
        }

        switch (kind)
        {
            case ReportColumnKind.Date when value.Date is { } date:
                cell.Value = date.ToDateTime(TimeOnly.MinValue);
                cell.Style.DateFormat.Format = "dd/mm/yyyy";
                break;
            case ReportColumnKind.Duration when value.Number is { } minutes:
                cell.Value = (double)minutes / 1440d;
                cell.Style.NumberFormat.Format = StatementWorkbook.DurationFormat;
                break;
            case ReportColumnKind.Boolean when value.Flag is { } flag:
                cell.Value = flag ? "Sim" : "Não";
                break;
            case ReportColumnKind.Money or ReportColumnKind.Quantity or ReportColumnKind.WholeNumber when value.Number is { } number:
                cell.Value = number;
                cell.Style.NumberFormat.Format = kind switch
                {
                    ReportColumnKind.Money => MoneyFormat,
                    ReportColumnKind.WholeNumber => "0",
                    _ => "#,##0.00",
                };
                break;
            default:
                cell.Value = value.Display(kind);
                break;
        }
    }

    /// <summary>
    /// Each column as wide as its longest screen text (ClosedXML's AdjustToContents needs GDI+ fonts, absent on servers).
    /// </summary>
    private static void Widths(IXLWorksheet sheet, ReportTable table)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var longest = table.Rows.Concat(table.Totals)
                .Where(r => c < r.Cells.Count)
                .Select(r => r.Cells[c].Display(column.Kind).Length)
                .Append(column.Header.Length)
                .Max();
            sheet.Column(c + 1).Width = Math.Clamp(longest + 2, 8, 60);
        }
    }

    /// <summary>Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string title)
    {
        var clean = new string([.. title.Select(ch => ":\\/?*[]".Contains(ch, StringComparison.Ordinal) ? ' ' : ch)]).Trim();
        return clean.Length == 0 ? "Relatório" : clean[..Math.Min(31, clean.Length)];
    }
}
