using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.Documents;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.ClosingReports;

/// <summary>The closing report of a billing in a layout, as a view (HTML and PDF render the same view).</summary>
internal sealed class BillingReportViews(IBillingWorkflow billings, IContractsModule contracts, ClosingReportBuilder builder, ReportTemplates templates)
{
    public async Task<Result<ClosingReportView>> BuildAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken)
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

    public string Html(ClosingReportView view) => templates.RenderWithLayout(ReportTemplates.Closing, ReportTemplates.Layout, view);
}
