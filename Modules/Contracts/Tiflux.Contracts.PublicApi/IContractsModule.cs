using Tiflux.SharedKernel;

namespace Tiflux.Contracts.PublicApi;

/// <summary>The questions other modules ask the Contracts module. No other module touches Contracts' tables.</summary>
public interface IContractsModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    /// <summary>One client, or null when it does not exist.</summary>
    Task<ClientSummary?> GetClientAsync(Guid clientId, CancellationToken cancellationToken);

    /// <summary>The given clients (every client when <paramref name="clientIds"/> is null), ordered by name.</summary>
    Task<IReadOnlyList<ClientSummary>> GetClientsAsync(IReadOnlyCollection<Guid>? clientIds, CancellationToken cancellationToken);

    /// <summary>Riders in force on <paramref name="date"/> (own and shared-credit contracts), services and travels usable by the client.</summary>
    Task<ValuationOptionsDto> GetValuationOptionsAsync(Guid clientId, DateOnly date, CancellationToken cancellationToken);

    /// <summary>One rider's terms, or null.</summary>
    Task<RiderTermsDto?> GetRiderAsync(Guid riderId, CancellationToken cancellationToken);

    /// <summary>Contract settings with every rider.</summary>
    Task<IReadOnlyList<ContractTermsDto>> GetContractTermsAsync(ContractTermsRequest request, CancellationToken cancellationToken);

    /// <summary>The cycle of a contract that contains <paramref name="date"/>, or null outside the contract's life.</summary>
    Task<ContractCycleDto?> GetCycleAsync(Guid contractId, DateOnly date, CancellationToken cancellationToken);

    /// <summary>
    /// For each given contract, its cycle that contains <paramref name="date"/> (contracts outside their life on that date,
    /// or whose cycles cannot be computed, are left out). The default asks one contract at a time; the module answers in one read.
    /// </summary>
    async Task<IReadOnlyList<ContractCycleDto>> GetCyclesContainingAsync(IReadOnlyCollection<Guid> contractIds, DateOnly date, CancellationToken cancellationToken)
    {
        var cycles = new List<ContractCycleDto>();
        foreach (var id in contractIds)
        {
            if (await GetCycleAsync(id, date, cancellationToken) is { } cycle)
            {
                cycles.Add(cycle);
            }
        }

        return cycles;
    }

    /// <summary>
    /// For each given contract, its last <paramref name="count"/> cycles that started on or before <paramref name="upTo"/>
    /// (an ended contract: before its last day), oldest first; contracts whose cycles cannot be computed are left out.
    /// The default walks back one contract at a time; the module answers in one read.
    /// </summary>
    async Task<IReadOnlyList<ContractCycleDto>> GetRecentCyclesAsync(IReadOnlyCollection<Guid> contractIds, DateOnly upTo, int count, CancellationToken cancellationToken)
    {
        var cycles = new List<ContractCycleDto>();
        foreach (var id in contractIds)
        {
            var recent = new List<ContractCycleDto>();
            for (var cycle = await GetCycleAsync(id, upTo, cancellationToken); cycle is not null && recent.Count < count; cycle = await GetCycleAsync(id, cycle.Start.AddDays(-1), cancellationToken))
            {
                recent.Insert(0, cycle);
            }

            cycles.AddRange(recent);
        }

        return cycles;
    }

    /// <summary>Every contract cycle pending billing by the request's date rule, ordered by due date, client, contract.</summary>
    Task<CyclesPendingDto> GetCyclesPendingAsync(CyclesPendingRequest request, CancellationToken cancellationToken);

    /// <summary>A standalone service by id, or null.</summary>
    Task<StandaloneServiceDto?> GetStandaloneServiceAsync(Guid serviceId, CancellationToken cancellationToken);

    /// <summary>A travel by id, or null.</summary>
    Task<TravelDto?> GetTravelAsync(Guid travelId, CancellationToken cancellationToken);

    /// <summary>An extra expense by id, or null.</summary>
    Task<ExtraExpenseDto?> GetExtraExpenseAsync(Guid extraExpenseId, CancellationToken cancellationToken);

    /// <summary>
    /// Per client, a stamp that grows whenever the client, its contracts, riders, items or price adjustments change
    /// (kept by triggers, so no write path forgets it). Billing's pending summary compares them to know what changed.
    /// </summary>
    Task<ChangeStamps> GetChangeStampsAsync(CancellationToken cancellationToken);

    /// <summary>A value that changes whenever any of the change stamps changes (cheaper than reading them all).</summary>
    Task<string> GetChangeVersionAsync(CancellationToken cancellationToken);

    /// <summary>Owner clients of shared-credit contracts with their member clients (whose time entries consume the owner's credit).</summary>
    Task<IReadOnlyList<SharedCreditGroup>> GetSharedCreditGroupsAsync(CancellationToken cancellationToken);

    /// <summary>A client's resources (equipment) with their groups.</summary>
    Task<IReadOnlyList<ResourceDto>> GetResourcesAsync(Guid clientId, CancellationToken cancellationToken);
}
