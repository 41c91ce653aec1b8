using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.Documents;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.ClosingReports;

/// <summary>The closing report of what a client would be billed now (the chosen billable pending groups), before billing.</summary>
internal sealed class RenderPendingPreviewPdf(
    IBillingModule billing, IContractsModule contracts, ClosingReportBuilder builder, BillingReportViews views, PdfReportFiles files)
{
    public async Task<Result<ReportFile>> HandleAsync(PendingPreviewRequest request, CancellationToken cancellationToken)
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
        return await files.PrintAsync(views.Html(view), view.Title, $"previa-{PdfReportFiles.Slug(request.Layout)}.pdf", cancellationToken);
    }
}
