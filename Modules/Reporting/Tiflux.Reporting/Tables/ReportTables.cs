using Tiflux.Reporting.PublicApi;

namespace Tiflux.Reporting.Tables;

internal sealed class ReportTables : IReportTables
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ReportFile RenderXlsx(ReportTable table, string fileName) =>
        new(fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? fileName : fileName + ".xlsx", XlsxContentType, TableWorkbook.Build(table));
}
