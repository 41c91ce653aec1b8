using ClosedXML.Excel;
using Tiflux.Reporting.Statements;
using Tiflux.SharedKernel;
using static Tiflux.Reporting.Documents.StatementWorkbook;

namespace Tiflux.Reporting.Documents;

/// <summary>
/// One client's detail sheet: balances and lots of its contracts, then its standalone work, travel and extras, each
/// table ending in a "Total" row of the counted items (the same totals as the screen). Money columns only with values.
/// </summary>
internal static class StatementClientSheet
{
    public const string TotalLabel = "Total";

    public static void Add(XLWorkbook workbook, string name, StatementClient client, bool money)
    {
        var sheet = workbook.Worksheets.Add(name);
        sheet.Cell(1, 1).Value = client.Client.Name;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        var row = 3;
        row = Balances(sheet, row, client);
        row = Standalone(sheet, row, client, money);
        row = Travel(sheet, row, client, money);
        Extras(sheet, row, client, money);
        Widths(sheet, [36, 12, 9, 24, 22, 13, 13, 13, 60]);
    }

    private static int Title(IXLWorksheet sheet, int row, string title)
    {
        sheet.Cell(row, 1).Value = title;
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 1).Style.Font.FontSize = 12;
        return row + 1;
    }

    private static int Balances(IXLWorksheet sheet, int row, StatementClient client)
    {
        var withBalance = client.Contracts.Where(c => c.Balance is not null).ToList();
        if (withBalance.Count == 0)
        {
            return row;
        }

        row = Title(sheet, row, "Saldos");
        Headers(sheet, row, ["Contrato", "Unidade", "Saldo inicial", "Entradas", "Usado", "Expirado", "Saldo final", "Observação"]);
        foreach (var contract in withBalance)
        {
            var b = contract.Balance!;
            row++;
            sheet.Cell(row, 1).Value = $"#{contract.Number} {contract.Name}";
            sheet.Cell(row, 2).Value = UnitName(b.Unit);
            Number(sheet.Cell(row, 3), b.Unit, b.Opening);
            Number(sheet.Cell(row, 4), b.Unit, b.In);
            Number(sheet.Cell(row, 5), b.Unit, b.Out);
            Number(sheet.Cell(row, 6), b.Unit, b.Expired);
            Number(sheet.Cell(row, 7), b.Unit, b.Closing);
            sheet.Cell(row, 8).Value = b.UnbilledCycles > 0 ? StatementViews.UnbilledNote(b.UnbilledCycles) : "";
        }

        var lots = withBalance.SelectMany(c => c.Balance!.Lots.Select(l => (Contract: c, Lot: l))).ToList();
        if (lots.Count > 0)
        {
            row = Title(sheet, row + 2, "Lotes de horas acumuladas");
            Headers(sheet, row, ["Contrato", "Origem", "Restante", "Expira"]);
            foreach (var (contract, lot) in lots)
            {
                row++;
                sheet.Cell(row, 1).Value = $"#{contract.Number} {contract.Name}";
                sheet.Cell(row, 2).Value = StatementViews.LotOrigin(lot);
                Duration(sheet.Cell(row, 3), lot.RemainingMinutes);
                sheet.Cell(row, 4).Value = StatementViews.LotExpiry(lot);
            }
        }

        return row + 2;
    }

    private static int Standalone(IXLWorksheet sheet, int row, StatementClient client, bool money)
    {
        row = Title(sheet, row, "Atendimentos avulsos");
        Headers(sheet, row, money
            ? ["Data", "Ticket", "Técnico", "Serviço", "Tempo", "Valor (R$)", "Garantia", "Situação", "Descrição"]
            : ["Data", "Ticket", "Técnico", "Serviço", "Tempo", "Garantia", "Situação", "Descrição"]);
        foreach (var w in client.Standalone)
        {
            row++;
            Date(sheet.Cell(row, 1), w.Date);
            sheet.Cell(row, 2).Value = w.TicketNumber;
            sheet.Cell(row, 3).Value = w.Technician;
            sheet.Cell(row, 4).Value = w.Service;
            Duration(sheet.Cell(row, 5), w.Minutes);
            var c = 6;
            if (money)
            {
                Money(sheet.Cell(row, c++), w.Value);
            }

            sheet.Cell(row, c++).Value = PtBr.YesNo(w.Warranty);
            sheet.Cell(row, c++).Value = StatementViews.State(w.Billed, w.Counted);
            sheet.Cell(row, c).Value = w.Description;
        }

        row++;
        TotalRow(sheet, row);
        Duration(sheet.Cell(row, 5), client.StandaloneMinutes);
        if (money)
        {
            Money(sheet.Cell(row, 6), client.StandaloneValue);
        }

        return row + 2;
    }

    private static int Travel(IXLWorksheet sheet, int row, StatementClient client, bool money)
    {
        row = Title(sheet, row, "Deslocamentos");
        Headers(sheet, row, money
            ? ["Data", "Ticket", "Técnico", "Deslocamento", "Valor (R$)", "Situação", "Observação"]
            : ["Data", "Ticket", "Técnico", "Deslocamento", "Situação", "Observação"]);
        foreach (var t in client.Travel)
        {
            row++;
            Date(sheet.Cell(row, 1), t.Date);
            sheet.Cell(row, 2).Value = t.TicketNumber;
            sheet.Cell(row, 3).Value = t.Technician;
            sheet.Cell(row, 4).Value = t.Travel;
            var c = 5;
            if (money)
            {
                Money(sheet.Cell(row, c++), t.Value);
            }

            sheet.Cell(row, c++).Value = StatementViews.State(t.Billed, t.Counted);
            sheet.Cell(row, c).Value = t.Remark;
        }

        row++;
        TotalRow(sheet, row);
        if (money)
        {
            Money(sheet.Cell(row, 5), client.TravelValue);
        }

        return row + 2;
    }

    private static void Extras(IXLWorksheet sheet, int row, StatementClient client, bool money)
    {
        row = Title(sheet, row, "Gastos extras");
        Headers(sheet, row, money
            ? ["Data", "Ticket", "Despesa", "Quantidade", "Valor unitário (R$)", "Total (R$)", "Situação", "Descrição"]
            : ["Data", "Ticket", "Despesa", "Quantidade", "Situação", "Descrição"]);
        foreach (var x in client.Extras)
        {
            row++;
            Date(sheet.Cell(row, 1), x.Date);
            sheet.Cell(row, 2).Value = x.TicketNumber;
            sheet.Cell(row, 3).Value = x.Expense;
            sheet.Cell(row, 4).Value = x.Quantity;
            var c = 5;
            if (money)
            {
                Money(sheet.Cell(row, c++), x.UnitValue);
                Money(sheet.Cell(row, c++), x.Total);
            }

            sheet.Cell(row, c++).Value = StatementViews.State(x.Billed);
            sheet.Cell(row, c).Value = x.Description;
        }

        row++;
        TotalRow(sheet, row);
        if (money)
        {
            Money(sheet.Cell(row, 6), client.ExtrasValue);
        }
    }

    private static void TotalRow(IXLWorksheet sheet, int row)
    {
        sheet.Cell(row, 1).Value = TotalLabel;
        sheet.Row(row).Style.Font.Bold = true;
    }
}
