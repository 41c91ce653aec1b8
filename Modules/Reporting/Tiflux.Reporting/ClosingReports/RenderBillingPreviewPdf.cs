using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.Documents;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.ClosingReports;

/// <summary>
/// "Baixar prévia" on the finalization screen: Billing's draft of the selection (what Faturar would bill now, read
/// only) in the closing-report template with the form's values, marked PRÉVIA. Nothing is written anywhere.
/// </summary>
internal sealed class RenderBillingPreviewPdf(
    IBillingWorkflow billing, IContractsModule contracts, ClosingReportBuilder builder, BillingReportViews views, PdfReportFiles files)
{
    public const string NothingToBill = "Nada a faturar na seleção: não há prévia a gerar.";

    public async Task<Result<ReportFile>> HandleAsync(BillingPreviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Layout))
        {
            return Error.Validation("Layout", "Modelo de relatório desconhecido.");
        }

        var draft = await billing.PrepareBillingDraftAsync(DraftRequest(request.Selection), cancellationToken);
        if (!draft.IsSuccess)
        {
            return Result<ReportFile>.Failure(draft.Errors);
        }

        var lines = draft.Value.Groups.SelectMany(g => g.Lines).Where(l => l.Billable).Select(ReportLine.From).ToList();
        var client = lines.Count == 0 ? null : await contracts.GetClientAsync(request.Selection.ClientId, cancellationToken);
        if (client is null)
        {
            return Error.Validation("Selection", NothingToBill);
        }

        var total = draft.Value.Total;
        var header = new ClosingReportHeader(
            true, "prévia", request.BillingDate ?? draft.Value.BillingDate, request.DueDate ?? draft.Value.DueDate, (request.NfeNumber ?? "").Trim(),
            (request.Observations ?? draft.Value.SuggestedObservations).Trim(), total, request.Discount, request.Interest,
            BillingAmounts.RealValue(total, request.Discount, request.Interest));
        var view = await builder.BuildAsync(client, header, lines, request.Layout, cancellationToken);
        return await files.PrintAsync(views.Html(view), view.Organization, view.Title, $"previa-{ClosingReportLayouts.Slug(request.Layout)}.pdf", cancellationToken);
    }

    private static BillingDraftRequest DraftRequest(BillingPreviewSelection s) => new(
        s.ClientId,
        new PendingRequest(s.BaseDate, s.ExactDueDate, [s.ClientId], (s.Contracts, s.Standalone) switch
        {
            (true, false) => PendingScope.Contracts,
            (false, true) => PendingScope.Standalone,
            _ => PendingScope.Both,
        }),
        s.GroupKeys,
        s.BillAll);
}
