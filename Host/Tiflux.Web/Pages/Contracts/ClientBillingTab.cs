using Tiflux.Billing.PublicApi;
using Tiflux.Integrations.PublicApi;

namespace Tiflux.Web.Pages.Contracts;

/// <summary>
/// What the client page's Faturamento tab shows: the pending total by today (null when nothing is pending), the latest
/// billings, the open (billed, not paid) ones with their total, the Asaas / Conta Azul charge of each listed billing,
/// and each active contract's consumption in its current cycle.
/// </summary>
public sealed record ClientBillingTab(
    DateOnly Today,
    PendingClientSummary? Pending,
    IReadOnlyList<BillingSummary> Latest,
    int BillingCount,
    IReadOnlyList<BillingSummary> Open,
    decimal OpenTotal,
    int OpenCount,
    IReadOnlyDictionary<Guid, ChargeDto> Charges,
    IReadOnlyList<ContractUsageDto> Usage)
{
    public string? ChargeLabel(Guid billingId) => Charges.TryGetValue(billingId, out var charge) ? charge.StatusLabel : null;
}
