using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Overview;

/// <summary>Thin: each call resolves the use case that does the work.</summary>
internal sealed class BillingOverview(IServiceProvider services) : IBillingOverview
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<PendingOverview> GetPendingAsync(DateOnly today, CancellationToken cancellationToken) =>
        Get<GetPendingOverview>().HandleAsync(today, cancellationToken);

    public Task<BilledMonthsOverview> GetBilledMonthsAsync(DateOnly today, CancellationToken cancellationToken) =>
        Get<GetBilledMonths>().HandleAsync(today, cancellationToken);

    public Task<OpenChargesOverview> GetOpenChargesAsync(DateOnly today, CancellationToken cancellationToken) =>
        Get<GetOpenCharges>().HandleAsync(today, cancellationToken);

    public Task<RemindedContractsOverview> GetRemindedContractsAsync(DateOnly today, CancellationToken cancellationToken) =>
        Get<GetRemindedContracts>().HandleAsync(today, cancellationToken);

    public Task<AwaitingReviewValueOverview> GetAwaitingReviewValueAsync(CancellationToken cancellationToken) =>
        Get<GetAwaitingReviewValue>().HandleAsync(cancellationToken);
}
