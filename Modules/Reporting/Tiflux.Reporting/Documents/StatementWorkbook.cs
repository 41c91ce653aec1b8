using ClosedXML.Excel;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.Documents;

/// <summary>
/// The consumption statement as an XLSX: a "Resumo" sheet (one row per contract cycle) and a "Apontamentos" sheet. Times
/// are real duration cells (days, shown [h]:mm), so Excel sums them and a person reads HH:MM.
/// </summary>
internal static class StatementWorkbook
{
    /// <summary>Excel's duration format: hours past 24 keep counting (100:00, not 04:00).</summary>
    public const string DurationFormat = "[h]:mm";

    public static byte[] Build(ConsumptionStatement statement)
    {
        using var workbook = new XLWorkbook();
        AddSummary(workbook, statement);
        AddEntries(workbook, statement);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void AddSummary(XLWorkbook workbook, ConsumptionStatement statement)
    {
        var summary = workbook.Worksheets.Add("Resumo");
        summary.Cell(1, 1).Value = "Extrato de consumo";
        summary.Cell(1, 1).Style.Font.Bold = true;
        summary.Cell(2, 1).Value = "Cliente";
        summary.Cell(2, 2).Value = statement.Client.Name;
        summary.Cell(3, 1).Value = "Período";
        summary.Cell(3, 2).Value = $"{PtBr.Date(statement.From)} a {PtBr.Date(statement.To)}";
        var row = 5;
        Headers(summary, row, ["Contrato", "Modalidade", "Ciclo início", "Ciclo fim", "Unidade", "Incluído", "Consumido", "Excedente"]);
        foreach (var contract in statement.Contracts)
        {
            foreach (var cycle in contract.Cycles)
            {
                row++;
                summary.Cell(row, 1).Value = $"#{contract.Number} {contract.Name}";
                summary.Cell(row, 2).Value = contract.Modality;
                summary.Cell(row, 3).Value = cycle.From.ToDateTime(TimeOnly.MinValue);
                summary.Cell(row, 4).Value = cycle.To.ToDateTime(TimeOnly.MinValue);
                summary.Cell(row, 5).Value = UnitName(contract.Unit);
                Number(summary.Cell(row, 6), contract.Unit, cycle.Allowance);
                Number(summary.Cell(row, 7), contract.Unit, cycle.Consumed);
                Number(summary.Cell(row, 8), contract.Unit, cycle.Allowance is null ? null : cycle.Excess);
                summary.Range(row, 3, row, 4).Style.DateFormat.Format = "dd/mm/yyyy";
            }
        }

        Widths(summary, [36, 22, 13, 13, 10, 13, 13, 13]);
    }

    private static void AddEntries(XLWorkbook workbook, ConsumptionStatement statement)
    {
        var sheet = workbook.Worksheets.Add("Apontamentos");
        Headers(sheet, 1, ["Contrato", "Data", "Ticket", "Técnico", "Modo", "Tempo", "Garantia", "Descrição"]);
        var row = 1;
        foreach (var contract in statement.Contracts)
        {
            foreach (var e in contract.Entries)
            {
                row++;
                sheet.Cell(row, 1).Value = $"#{contract.Number} {contract.Name}";
                sheet.Cell(row, 2).Value = e.Date.ToDateTime(TimeOnly.MinValue);
                sheet.Cell(row, 2).Style.DateFormat.Format = "dd/mm/yyyy";
                sheet.Cell(row, 3).Value = e.TicketNumber;
                sheet.Cell(row, 4).Value = e.Technician;
                sheet.Cell(row, 5).Value = e.Mode;
                Duration(sheet.Cell(row, 6), e.Minutes);
                sheet.Cell(row, 7).Value = e.Warranty ? "Sim" : "Não";
                sheet.Cell(row, 8).Value = e.Description;
            }
        }

        Widths(sheet, [36, 12, 9, 24, 10, 9, 9, 60]);
    }

    private static void Headers(IXLWorksheet sheet, int row, string[] headers)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(row, c + 1).Value = headers[c];
            sheet.Cell(row, c + 1).Style.Font.Bold = true;
        }
    }

    private static void Widths(IXLWorksheet sheet, double[] widths)
    {
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
        }
    }

    public static string UnitName(AllowanceUnit unit) => unit switch
    {
        AllowanceUnit.Minutes or AllowanceUnit.None => "horas",
        AllowanceUnit.Tickets => "tickets",
        _ => "R$",
    };

    private static void Number(IXLCell cell, AllowanceUnit unit, decimal? value)
    {
        if (value is not { } v)
        {
            cell.Value = "—";
            return;
        }

        if (unit is AllowanceUnit.Minutes or AllowanceUnit.None)
        {
            Duration(cell, v);
            return;
        }

        cell.Value = v;
        cell.Style.NumberFormat.Format = unit == AllowanceUnit.Money ? "#,##0.00" : "0";
    }

    /// <summary>Minutes as an Excel duration: a number of days (minutes / 1440) formatted [h]:mm.</summary>
    private static void Duration(IXLCell cell, decimal minutes)
    {
        cell.Value = (double)minutes / 1440d;
        cell.Style.NumberFormat.Format = DurationFormat;
    }
}
