using Tiflux.Billing.PublicApi;
using Tiflux.Reporting.Documents;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.Statements;

/// <summary>A client's consumption statement for a period, as a workbook or a synthetic or detailed PDF.</summary>
internal sealed class RenderConsumptionStatement(
    ConsumptionStatementBuilder statements, ReportTemplates templates, PdfReportFiles files, IOrganizationSettings organization)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<Result<ReportFile>> HandleAsync(ConsumptionStatementRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.To < request.From)
        {
            return Error.Validation(nameof(request.To), "A data final deve ser igual ou posterior à inicial.");
        }

        var statement = await statements.BuildAsync(request.ClientId, request.ContractId, request.From, request.To, request.ShowValues, cancellationToken);
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
