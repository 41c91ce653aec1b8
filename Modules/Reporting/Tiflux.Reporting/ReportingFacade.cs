using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.Documents;
using Tiflux.Reporting.Pdf;
using Tiflux.Reporting.Persistence;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting;

internal sealed partial class ReportingFacade(
    ReportingDbContext db,
    IBillingWorkflow billings,
    IBillingModule billing,
    IContractsModule contracts,
    ClosingReportBuilder builder,
    ConsumptionStatementBuilder statements,
    ReportTemplates templates,
    ReportPrinter printer,
    IOptions<OrganizationOptions> organization,
    ILogger<ReportingFacade> logger) : IReportingModule
{
    private const string PdfType = "application/pdf";

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public async Task<Result<string>> RenderBillingHtmlAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken)
    {
        var view = await BillingViewAsync(billingId, layout, cancellationToken);
        return view.IsSuccess ? Result<string>.Success(Html(view.Value)) : Result<string>.Failure(view.Errors);
    }

    public async Task<Result<ReportFile>> RenderBillingPdfAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken)
    {
        var view = await BillingViewAsync(billingId, layout, cancellationToken);
        if (!view.IsSuccess)
        {
            return Result<ReportFile>.Failure(view.Errors);
        }

        var fileName = $"faturamento-{view.Value.BillingNumber}-{Slug(layout)}{(view.Value.Reversal is null ? "" : "-estornado")}.pdf";
        return await PdfAsync(Html(view.Value), view.Value.Title, fileName, cancellationToken);
    }

    public async Task<Result<ReportFile>> RenderPendingPreviewPdfAsync(PendingPreviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var client = await contracts.GetClientAsync(request.ClientId, cancellationToken);
        if (client is null)
        {
            return Error.NotFound("Cliente não encontrado.");
        }

        var pending = await billing.GetPendingLinesAsync(new PendingRequest(request.BaseDate, null, [request.ClientId], PendingScope.Both), cancellationToken);
        var lines = pending
            .Where(l => l.Billable && (request.GroupKeys is null || request.GroupKeys.Contains(l.GroupKey)))
            .Select(ReportLine.From)
            .ToList();
        var total = lines.Sum(l => l.Amount);
        var header = new ClosingReportHeader(true, "prévia", null, null, "", "", total, request.Discount, request.Interest, Money.Round(total - request.Discount + request.Interest));
        var view = await builder.BuildAsync(client, header, lines, request.Layout, cancellationToken);
        return await PdfAsync(Html(view), view.Title, $"previa-{Slug(request.Layout)}.pdf", cancellationToken);
    }

    public async Task<Result<ReportFile>> RenderConsumptionStatementAsync(ConsumptionStatementRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.To < request.From)
        {
            return Error.Validation(nameof(request.To), "A data final deve ser igual ou posterior à inicial.");
        }

        var statement = await statements.BuildAsync(request.ClientId, request.ContractId, request.From, request.To, cancellationToken);
        if (statement is null)
        {
            return Error.NotFound("Cliente não encontrado.");
        }

        var baseName = $"extrato-{request.From:yyyyMMdd}-{request.To:yyyyMMdd}";
        if (request.Format == ConsumptionStatementFormat.Xlsx)
        {
            return Result<ReportFile>.Success(new ReportFile(baseName + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", StatementWorkbook.Build(statement)));
        }

        var detailed = request.Format == ConsumptionStatementFormat.PdfDetailed;
        var view = StatementViews.ToView(statement, detailed, organization.Value);
        var html = templates.RenderWithLayout(ReportTemplates.Statement, ReportTemplates.Layout, view);
        return await PdfAsync(html, view.Title, $"{baseName}-{(detailed ? "detalhado" : "sintetico")}.pdf", cancellationToken);
    }

    private async Task<Result<ClosingReportView>> BillingViewAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(layout))
        {
            return Error.Validation(nameof(layout), "Modelo de relatório desconhecido.");
        }

        var details = await billings.GetBillingAsync(billingId, cancellationToken);
        if (details is null)
        {
            return Error.NotFound("Faturamento não encontrado.");
        }

        var client = await contracts.GetClientAsync(details.Summary.ClientId, cancellationToken);
        if (client is null)
        {
            return Error.NotFound("Cliente do faturamento não encontrado.");
        }

        var s = details.Summary;
        var header = new ClosingReportHeader(false, s.Number.ToString(PtBr.Culture), s.BillingDate, s.DueDate, s.NfeNumber, details.Observations, s.ItemsTotal, s.Discount, s.Interest, s.RealValue)
        {
            // A reversed billing's documents stay downloadable (history, audits) but must never pass for a valid one.
            Reversal = s.State == BillingState.Reversed
                ? new ReportReversal(BrazilTime.DateOf(details.ReversedAt ?? s.CreatedAt), details.ReversalReason ?? "")
                : null,
        };
        return Result<ClosingReportView>.Success(await builder.BuildAsync(client, header, [.. details.Lines.Select(ReportLine.From)], layout, cancellationToken));
    }

    private string Html(ClosingReportView view) => templates.RenderWithLayout(ReportTemplates.Closing, ReportTemplates.Layout, view);

    private async Task<Result<ReportFile>> PdfAsync(string html, string title, string fileName, CancellationToken cancellationToken)
    {
        try
        {
            return Result<ReportFile>.Success(new ReportFile(fileName, PdfType, await printer.PrintAsync(html, title, cancellationToken)));
        }
        catch (PdfRenderingException ex)
        {
            LogPdfFailed(logger, fileName, ex);
            return new Error("pdf_unavailable", ex.Message);
        }
    }

    private static string Slug(ClosingReportLayout layout) => layout switch
    {
        ClosingReportLayout.Synthetic => "sintetico",
        ClosingReportLayout.Detailed => "detalhado",
        ClosingReportLayout.DetailedWithAppointments => "apontamentos",
        _ => "grupo-de-recurso",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "PDF {FileName} could not be rendered")]
    private static partial void LogPdfFailed(ILogger logger, string fileName, Exception exception);
}
