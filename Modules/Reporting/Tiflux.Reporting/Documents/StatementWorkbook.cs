using ClosedXML.Excel;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.Documents;

/// <summary>
/// The consumption statement as an XLSX: "Resumo" (one row per contract cycle, then each client's totals),
/// "Apontamentos" (the contracts' entries) and one detail sheet per client (<see cref="StatementClientSheet"/>). Times
/// are real duration cells (days, shown [h]:mm) and money real numbers, so Excel sums them; without "ver valores" no
/// money column exists.
/// </summary>
internal static class StatementWorkbook
{
    /// <summary>Excel's duration format: hours past 24 keep counting (100:00, not 04:00).</summary>
    public const string DurationFormat = "[h]:mm";

    public const string MoneyFormat = "#,##0.00";

    /// <summary>The row of the cycles' header on "Resumo"; the cycles follow it.</summary>
    public const int CycleHeaderRow = 5;

    public static byte[] Build(ConsumptionStatement statement)
    {
        using var workbook = new XLWorkbook();
        AddSummary(workbook, statement);
        AddEntries(workbook, statement);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Resumo", "Apontamentos" };
        foreach (var client in statement.Clients)
        {
            StatementClientSheet.Add(workbook, SheetName(names, client.Client.Name), client, statement.ShowValues);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void AddSummary(XLWorkbook workbook, ConsumptionStatement statement)
    {
        var summary = workbook.Worksheets.Add("Resumo");
        summary.Cell(1, 1).Value = "Extrato de consumo";
        summary.Cell(1, 1).Style.Font.Bold = true;
        summary.Cell(2, 1).Value = statement.Clients.Count == 1 ? "Cliente" : "Clientes";
        summary.Cell(2, 2).Value = statement.ClientNames;
        summary.Cell(3, 1).Value = "Período";
        summary.Cell(3, 2).Value = statement.Period;
        var row = CycleHeaderRow;
        Headers(summary, row, ["Contrato", "Modalidade", "Ciclo início", "Ciclo fim", "Unidade", "Incluído", "Consumido", "Excedente", "Cliente"]);
        foreach (var client in statement.Clients)
        {
            foreach (var contract in client.Contracts)
            {
                foreach (var cycle in contract.Cycles)
                {
                    row++;
                    summary.Cell(row, 1).Value = $"#{contract.Number} {contract.Name}";
                    summary.Cell(row, 2).Value = contract.Modality;
                    Date(summary.Cell(row, 3), cycle.From);
                    Date(summary.Cell(row, 4), cycle.To);
                    summary.Cell(row, 5).Value = UnitName(contract.Unit);
                    Number(summary.Cell(row, 6), contract.Unit, cycle.Allowance);
                    Number(summary.Cell(row, 7), contract.Unit, cycle.Consumed);
                    Number(summary.Cell(row, 8), contract.Unit, cycle.Allowance is null ? null : cycle.Excess);
                    summary.Cell(row, 9).Value = client.Client.Name;
                }
            }
        }

        AddClientTotals(summary, row + 2, statement);
        Widths(summary, [36, 22, 13, 13, 10, 13, 13, 13, 30]);
    }

    /// <summary>Each client's standalone work, travel and extras as counted (warranty and ride-alongs out).</summary>
    private static void AddClientTotals(IXLWorksheet sheet, int row, ConsumptionStatement statement)
    {
        var money = statement.ShowValues;
        sheet.Cell(row, 1).Value = "Fora dos contratos";
        sheet.Cell(row, 1).Style.Font.Bold = true;
        row++;
        Headers(sheet, row, money
            ? ["Cliente", "Avulsos (tempo)", "Avulsos (R$)", "Deslocamentos", "Deslocamentos (R$)", "Gastos extras", "Gastos extras (R$)", "Total (R$)"]
            : ["Cliente", "Avulsos (tempo)", "Deslocamentos", "Gastos extras"]);
        foreach (var client in statement.Clients)
        {
            row++;
            var travels = client.Travel.Count(t => t.Counted);
            sheet.Cell(row, 1).Value = client.Client.Name;
            Duration(sheet.Cell(row, 2), client.StandaloneMinutes);
            if (money)
            {
                Money(sheet.Cell(row, 3), client.StandaloneValue);
                sheet.Cell(row, 4).Value = travels;
                Money(sheet.Cell(row, 5), client.TravelValue);
                sheet.Cell(row, 6).Value = client.Extras.Count;
                Money(sheet.Cell(row, 7), client.ExtrasValue);
                Money(sheet.Cell(row, 8), client.Total);
            }
            else
            {
                sheet.Cell(row, 3).Value = travels;
                sheet.Cell(row, 4).Value = client.Extras.Count;
            }
        }
    }

    private static void AddEntries(XLWorkbook workbook, ConsumptionStatement statement)
    {
        var sheet = workbook.Worksheets.Add("Apontamentos");
        Headers(sheet, 1, ["Contrato", "Data", "Ticket", "Técnico", "Modo", "Tempo", "Garantia", "Descrição", "Cliente"]);
        var row = 1;
        foreach (var client in statement.Clients)
        {
            foreach (var contract in client.Contracts)
            {
                foreach (var e in contract.Entries)
                {
                    row++;
                    sheet.Cell(row, 1).Value = $"#{contract.Number} {contract.Name}";
                    Date(sheet.Cell(row, 2), e.Date);
                    sheet.Cell(row, 3).Value = e.TicketNumber;
                    sheet.Cell(row, 4).Value = e.Technician;
                    sheet.Cell(row, 5).Value = e.Mode;
                    Duration(sheet.Cell(row, 6), e.Minutes);
                    sheet.Cell(row, 7).Value = PtBr.YesNo(e.Warranty);
                    sheet.Cell(row, 8).Value = e.Description;
                    sheet.Cell(row, 9).Value = client.Client.Name;
                }
            }
        }

        Widths(sheet, [36, 12, 9, 24, 10, 9, 9, 60, 30]);
    }

    /// <summary>A sheet name Excel accepts (31 characters, none of []:*?/\) and unique in the workbook.</summary>
    private static string SheetName(HashSet<string> taken, string clientName)
    {
        var clean = new string([.. clientName.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? ' ' : ch)]).Trim();
        var name = clean.Length == 0 ? "Cliente" : clean[..Math.Min(clean.Length, 31)];
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
        }

        return name;
    }

    public static void Headers(IXLWorksheet sheet, int row, string[] headers)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(row, c + 1).Value = headers[c];
            sheet.Cell(row, c + 1).Style.Font.Bold = true;
        }
    }

    public static void Widths(IXLWorksheet sheet, double[] widths)
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

    /// <summary>A value in the contract's unit: a duration, a ticket count or money; "—" when there is none.</summary>
    public static void Number(IXLCell cell, AllowanceUnit unit, decimal? value)
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
        cell.Style.NumberFormat.Format = unit == AllowanceUnit.Money ? MoneyFormat : "0";
    }

    public static void Money(IXLCell cell, decimal value)
    {
        cell.Value = value;
        cell.Style.NumberFormat.Format = MoneyFormat;
    }

    public static void Date(IXLCell cell, DateOnly date)
    {
        cell.Value = date.ToDateTime(TimeOnly.MinValue);
        cell.Style.DateFormat.Format = "dd/mm/yyyy";
    }

    /// <summary>Minutes as an Excel duration: a number of days (minutes / 1440) formatted [h]:mm.</summary>
    public static void Duration(IXLCell cell, decimal minutes)
    {
        cell.Value = (double)minutes / 1440d;
        cell.Style.NumberFormat.Format = DurationFormat;
    }
}
