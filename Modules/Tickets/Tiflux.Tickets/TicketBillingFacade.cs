using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Billing;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketBillingFacade(IServiceProvider services) : ITicketBilling
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<IReadOnlyList<BillableItemDto>> GetBillableItemsAsync(BillableItemsRequest request, CancellationToken cancellationToken) =>
        Get<GetBillableItems>().HandleAsync(request, cancellationToken);

    public Task<IReadOnlyList<AwaitingReviewItemDto>> GetAwaitingReviewItemsAsync(AwaitingReviewItemsRequest request, CancellationToken cancellationToken) =>
        Get<GetAwaitingReviewItems>().HandleAsync(request, cancellationToken);

    public Task<ContractConsumptionDto> GetContractConsumptionAsync(ContractConsumptionRequest request, CancellationToken cancellationToken) =>
        Get<GetContractConsumption>().HandleAsync(request, cancellationToken);

    public Task<Result> MarkBilledAsync(MarkBilledRequest request, CancellationToken cancellationToken) =>
        Get<MarkBilled>().HandleAsync(request, cancellationToken);

    public Task<int> UnmarkBilledAsync(Guid billingId, CancellationToken cancellationToken) =>
        Get<UnmarkBilled>().HandleAsync(billingId, cancellationToken);

    public Task<IReadOnlyList<Guid>> GetBillingIdsWithBilledItemsAsync(CancellationToken cancellationToken) =>
        Get<ListBillingsWithBilledItems>().HandleAsync(cancellationToken);

    public Task<ChangeStamps> GetChangeStampsAsync(CancellationToken cancellationToken) =>
        Get<GetChangeStamps>().HandleAsync(cancellationToken);

    public Task<string> GetChangeVersionAsync(CancellationToken cancellationToken) =>
        Get<GetChangeStamps>().VersionAsync(cancellationToken);
}
