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

        var fileName = ClosingReportLayouts.FileName(view.Value.BillingNumber, layout, view.Value.Reversal is not null);
        return await files.PrintAsync(views.Html(view.Value), view.Value.Organization, view.Value.Title, fileName, cancellationToken);
    }
}
