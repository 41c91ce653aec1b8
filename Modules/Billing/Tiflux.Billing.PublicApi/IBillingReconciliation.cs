using Tiflux.SharedKernel;

namespace Tiflux.Billing.PublicApi;

/// <summary>
/// Reconciliation (Relatórios › Conciliação): per client and period, every logged minute, travel fee and extra accounted
/// for exactly once — billed, covered by a contract, warranty, written off or pending — and every difference as a
/// problem naming its entries. Rules: docs/decisions/0035-reconciliation.md.
/// </summary>
public interface IBillingReconciliation
{
    /// <summary>The reconciliation of the period; fails (validation) when the period is reversed or longer than the limit.</summary>
    Task<Result<ReconciliationDto>> ReconcileAsync(ReconciliationRequest request, CancellationToken cancellationToken);
}
