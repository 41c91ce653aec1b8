using Tiflux.Billing.PublicApi;
using Tiflux.Reporting.Documents;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.Statements;

/// <summary>The consumption statement of one or more clients for a period, as a workbook or a synthetic or detailed PDF.</summary>
internal sealed class RenderConsumptionStatement(
    ConsumptionStatementBuilder statements, ReportTemplates templates, PdfReportFiles files, IOrganizationSettings organization)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<Result<ReportFile>> HandleAsync(ConsumptionStatementRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (StatementRequestRules.Check(request) is { } error)
        {
            return error;
        }

        var statement = await statements.BuildAsync(request.ClientIds, request.ContractIds, request.From, request.To, request.ShowValues, cancellationToken);
        if (statement is null)
        {
            return Error.NotFound("Cliente não encontrado.");
        }

        var baseName = $"extrato-{request.From:yyyyMMdd}-{request.To:yyyyMMdd}";
        if (request.Format == ConsumptionStatementFormat.Xlsx)
        {
            return Result<ReportFile>.Success(new ReportFile(baseName + ".xlsx", XlsxType, StatementWorkbook.Build(statement)));
        }

        var detailed = request.Format == ConsumptionStatementFormat.PdfDetailed;
        var view = StatementViews.ToView(statement, detailed, OrganizationView.From(await organization.GetAsync(cancellationToken)));
        var html = templates.RenderWithLayout(ReportTemplates.Statement, ReportTemplates.Layout, view);
        return await files.PrintAsync(html, view.Organization, view.Title, $"{baseName}-{(detailed ? "detalhado" : "sintetico")}.pdf", cancellationToken);
    }
}
