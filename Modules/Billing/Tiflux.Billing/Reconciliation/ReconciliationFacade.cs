using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Reconciliation;

internal sealed class ReconciliationFacade(ReconcileWork reconcile) : IBillingReconciliation
{
    public Task<Result<ReconciliationDto>> ReconcileAsync(ReconciliationRequest request, CancellationToken cancellationToken) =>
        reconcile.HandleAsync(request, cancellationToken);
}
