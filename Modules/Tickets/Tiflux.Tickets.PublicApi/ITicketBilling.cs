using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>What Billing and Reporting ask of Tickets: billable items, contract consumption and billed marks.</summary>
public interface ITicketBilling
{
    /// <summary>
    /// Reviewed, not yet billed items: standalone time entries (warranty ones with zero value, flagged), travel fees
    /// that are not ride-alongs, and extras. Ordered by client, ticket number, date.
    /// </summary>
    Task<IReadOnlyList<BillableItemDto>> GetBillableItemsAsync(BillableItemsRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Items on tickets awaiting review: the standalone items billing will list once reviewed (value as stored, warranty
    /// at zero) and contract time entries (consumption). Ordered by client, ticket number, date.
    /// </summary>
    Task<IReadOnlyList<AwaitingReviewItemDto>> GetAwaitingReviewItemsAsync(AwaitingReviewItemsRequest request, CancellationToken cancellationToken);

    /// <summary>Contract-valued time entries of riders or contracts in a period, with minutes per attendance mode.</summary>
    Task<ContractConsumptionDto> GetContractConsumptionAsync(ContractConsumptionRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the items billed in a billing, all or nothing. Fails (conflict) if any item is already billed, is not on a
    /// reviewed ticket or does not exist. Billed items are locked against edits and their tickets cannot reopen.
    /// </summary>
    Task<Result> MarkBilledAsync(MarkBilledRequest request, CancellationToken cancellationToken);

    /// <summary>Releases every item billed in <paramref name="billingId"/> (billing reversal); returns how many.</summary>
    Task<int> UnmarkBilledAsync(Guid billingId, CancellationToken cancellationToken);

    /// <summary>
    /// Per client, a stamp that grows whenever one of its tickets, time entries or extras changes (kept by triggers, so
    /// no write path forgets it). Billing's pending summary compares them to know which clients changed.
    /// </summary>
    Task<ChangeStamps> GetChangeStampsAsync(CancellationToken cancellationToken);

    /// <summary>A value that changes whenever any of the change stamps changes (cheaper than reading them all).</summary>
    Task<string> GetChangeVersionAsync(CancellationToken cancellationToken);

    /// <summary>Every billing id that some item is marked billed in (for Billing's reconciliation of marks).</summary>
    Task<IReadOnlyList<Guid>> GetBillingIdsWithBilledItemsAsync(CancellationToken cancellationToken);
}
