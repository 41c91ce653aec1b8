using Tiflux.SharedKernel;

namespace Tiflux.Reporting.ClosingReports;

internal sealed class RenderBillingHtml(BillingReportViews views)
{
    public async Task<Result<string>> HandleAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken)
    {
        var view = await views.BuildAsync(billingId, layout, cancellationToken);
        return view.IsSuccess ? Result<string>.Success(views.Html(view.Value)) : Result<string>.Failure(view.Errors);
    }
}
