using Tiflux.Reporting.Documents;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.ClosingReports;

internal sealed class RenderBillingPdf(BillingReportViews views, PdfReportFiles files)
{
    public async Task<Result<ReportFile>> HandleAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken)
    {
        var view = await views.BuildAsync(billingId, layout, cancellationToken);
        if (!view.IsSuccess)
        {
            return Result<ReportFile>.Failure(view.Errors);
        }

        var fileName = $"faturamento-{view.Value.BillingNumber}-{ClosingReportLayouts.Slug(layout)}{(view.Value.Reversal is null ? "" : "-estornado")}.pdf";
        return await files.PrintAsync(views.Html(view.Value), view.Value.Organization, view.Value.Title, fileName, cancellationToken);
    }
}
