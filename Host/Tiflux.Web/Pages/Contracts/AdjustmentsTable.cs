using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

/// <summary>The Reajuste de contrato report as the list reports' table, for its XLSX (the screen shows the same rows).</summary>
internal static class AdjustmentsTable
{
    private static readonly ReportColumn[] Columns =
    [
        new("Número", ReportColumnKind.WholeNumber),
        new("Contrato", ReportColumnKind.Text),
        new("Cliente", ReportColumnKind.Text),
        new("Modalidade", ReportColumnKind.Text),
        new("Situação", ReportColumnKind.Text),
        new("Data do reajuste", ReportColumnKind.Date),
        new("Valor atual", ReportColumnKind.Money),
        new("Valor após", ReportColumnKind.Money),
        new("Último reajuste", ReportColumnKind.Text),
    ];

    public static ReportTable Build(AdjustmentReportDto report, string period, bool showMoney)
    {
        var rows = report.Rows.Select(row => new ReportRow(
        [
            ReportCell.Of(row.Contract.Number),
            ReportCell.Of(row.Contract.Name),
            ReportCell.Of(row.Contract.ClientName),
            ReportCell.Of(ContractsText.Modality(row.Contract.Modality)),
            ReportCell.Of(ContractsText.Status(row.Contract.Status)),
            ReportCell.Of(row.Contract.AdjustmentDate),
            ReportCell.Of(row.Contract.CurrentValue),
            row.ValueAfter is { } after ? ReportCell.Of(after) : ReportCell.Empty,
            ReportCell.Of(AdjustmentsModel.LastAdjustmentText(row.LastAdjustment, showMoney)),
        ])).ToList();
        var total = new ReportRow(
        [
            ReportCell.Of("Total"),
            ReportCell.Of($"{report.Rows.Count} contrato(s), {report.PendingCount} pendente(s) de reajuste"),
            ReportCell.Empty, ReportCell.Empty, ReportCell.Empty, ReportCell.Empty,
            ReportCell.Of(report.TotalBefore),
            report.TotalAfter is { } totalAfter ? ReportCell.Of(totalAfter) : ReportCell.Empty,
            ReportCell.Empty,
        ]);
        var caption = "Período: " + period + (report.PreviewPercent is { } p ? $" · prévia de {PtBr.Percent(p)}" : "");
        var table = new ReportTable("Reajuste de contrato", caption, Columns, rows, [total]);
        return showMoney ? table : table.WithoutMoney();
    }
}
