using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Pending;

internal sealed class GetPendingLines(PendingBillingEngine engine)
{
    public async Task<IReadOnlyList<PendingLineDto>> HandleAsync(PendingRequest request, CancellationToken cancellationToken) =>
        (await engine.ComputeAsync(request, cancellationToken)).Lines;
}
