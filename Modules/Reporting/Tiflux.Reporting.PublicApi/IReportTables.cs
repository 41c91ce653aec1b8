namespace Tiflux.Reporting.PublicApi;

/// <summary>The one XLSX home of the list reports (Gastos Extras, Deslocamentos, Extrato de apontamentos, Reajuste...).</summary>
public interface IReportTables
{
    /// <summary>The table as a one-sheet workbook: title, filters, headers, rows and totals with real numbers, dates and durations.</summary>
    ReportFile RenderXlsx(ReportTable table, string fileName);
}
