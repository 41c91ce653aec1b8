namespace Tiflux.Billing.PublicApi;

/// <summary>The only way other modules and the host reach the Billing module.</summary>
public interface IBillingModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every pending line by the filters, read-only and deterministic: ordered by client name, then contract cycles
    /// (contract number, cycle), then standalone items (ticket, date). Each line carries its explanation.
    /// </summary>
    Task<IReadOnlyList<PendingLineDto>> GetPendingLinesAsync(PendingRequest request, CancellationToken cancellationToken);

    /// <summary>Per-client totals of the pending lines (billable amounts only), by client name.</summary>
    Task<IReadOnlyList<PendingClientSummary>> GetPendingTotalsAsync(PendingRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Per client, what tickets awaiting review hold (not in pending billing yet): counts, the standalone value it will
    /// be billed for once reviewed, and contract time already counted as consumption. By client name.
    /// </summary>
    Task<IReadOnlyList<AwaitingReviewSummary>> GetAwaitingReviewAsync(AwaitingReviewRequest request, CancellationToken cancellationToken);

    /// <summary>Consumption of each active contract of the client in its cycle containing <paramref name="date"/>, by contract number.</summary>
    Task<IReadOnlyList<ContractUsageDto>> GetCurrentUsageAsync(Guid clientId, DateOnly date, CancellationToken cancellationToken);

    /// <summary>
    /// Per contract of the asked clients, the consumption of its last cycles (the consumption charts), by client name then
    /// contract number. A few set-based reads whatever the number of contracts: terms, cycles and the entries over the window.
    /// </summary>
    Task<IReadOnlyList<ContractConsumptionHistory>> GetConsumptionHistoryAsync(ConsumptionHistoryRequest request, CancellationToken cancellationToken);
}
