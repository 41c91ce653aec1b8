using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Payments;

/// <summary>Payment and NFS-e facts reported by the integrations. Thin: each call resolves its use case.</summary>
internal sealed class BillingPayments(IServiceProvider services) : IBillingPayments
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<Result> ConfirmPaymentAsync(Guid billingId, DateTimeOffset paidAt, string source, CancellationToken cancellationToken) =>
        Get<ConfirmPayment>().HandleAsync(billingId, paidAt, source, cancellationToken);

    public Task<Result> UndoPaymentAsync(Guid billingId, string source, string reason, CancellationToken cancellationToken) =>
        Get<UndoPayment>().HandleAsync(billingId, source, reason, cancellationToken);

    public Task<Result> SetNfeNumberAsync(Guid billingId, string nfeNumber, string source, CancellationToken cancellationToken) =>
        Get<SetNfeNumber>().HandleAsync(billingId, nfeNumber, source, cancellationToken);

    public Task<BillingChargeDataDto?> GetChargeDataAsync(Guid billingId, CancellationToken cancellationToken) =>
        Get<GetChargeData>().HandleAsync(billingId, cancellationToken);
}
