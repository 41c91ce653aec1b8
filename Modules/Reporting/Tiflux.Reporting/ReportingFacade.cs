using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Reporting.ClosingReports;
using Tiflux.Reporting.Persistence;
using Tiflux.Reporting.PublicApi;
using Tiflux.Reporting.Statements;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class ReportingFacade(ReportingDbContext db, IServiceProvider services) : IReportingModule
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public Task<Result<string>> RenderBillingHtmlAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken) =>
        Get<RenderBillingHtml>().HandleAsync(billingId, layout, cancellationToken);

    public Task<Result<ReportFile>> RenderBillingPdfAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken) =>
        Get<RenderBillingPdf>().HandleAsync(billingId, layout, cancellationToken);

    public Task<Result<ReportFile>> RenderBillingPreviewPdfAsync(BillingPreviewRequest request, CancellationToken cancellationToken) =>
        Get<RenderBillingPreviewPdf>().HandleAsync(request, cancellationToken);

    public Task<Result<ReportFile>> RenderConsumptionStatementAsync(ConsumptionStatementRequest request, CancellationToken cancellationToken) =>
        Get<RenderConsumptionStatement>().HandleAsync(request, cancellationToken);

    public Task<Result<ConsumptionStatementDto>> GetConsumptionStatementAsync(ConsumptionStatementRequest request, CancellationToken cancellationToken) =>
        Get<GetConsumptionStatement>().HandleAsync(request, cancellationToken);
}
