using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class BillingFacade(BillingDbContext db, IServiceProvider services) : IBillingModule
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public Task<IReadOnlyList<PendingLineDto>> GetPendingLinesAsync(PendingRequest request, CancellationToken cancellationToken) =>
        Get<GetPendingLines>().HandleAsync(request, cancellationToken);

    public Task<IReadOnlyList<PendingClientSummary>> GetPendingTotalsAsync(PendingRequest request, CancellationToken cancellationToken) =>
        Get<GetPendingTotals>().HandleAsync(request, cancellationToken);

    public Task<IReadOnlyList<AwaitingReviewSummary>> GetAwaitingReviewAsync(AwaitingReviewRequest request, CancellationToken cancellationToken) =>
        Get<GetAwaitingReview>().HandleAsync(request, cancellationToken);

    public Task<IReadOnlyList<ContractUsageDto>> GetCurrentUsageAsync(Guid clientId, DateOnly date, CancellationToken cancellationToken) =>
        Get<GetCurrentUsage>().HandleAsync(clientId, date, cancellationToken);

    public Task<IReadOnlyList<ContractConsumptionHistory>> GetConsumptionHistoryAsync(ConsumptionHistoryRequest request, CancellationToken cancellationToken) =>
        Get<GetConsumptionHistory>().HandleAsync(request, cancellationToken);
}
