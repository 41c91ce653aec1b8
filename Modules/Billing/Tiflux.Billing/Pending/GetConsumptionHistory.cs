using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>
/// The consumption charts: every asked contract's last cycles, each measured by <see cref="CycleUsage"/> (the measure of
/// Clientes › Faturamento and the consumption reminder). Four reads whatever the number of contracts: clients, contract
/// terms, the cycles, and the entries of every rider over the whole window; the rest is grouping in memory.
/// </summary>
internal sealed class GetConsumptionHistory(IContractsModule contracts, ITicketBilling tickets)
{
    public async Task<IReadOnlyList<ContractConsumptionHistory>> HandleAsync(ConsumptionHistoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clientIds = request.ClientIds is { Count: > 0 } ids ? ids : null;
        var terms = (await contracts.GetContractTermsAsync(new ContractTermsRequest(clientIds, null), cancellationToken))
            .Where(t => (clientIds is null || clientIds.Contains(t.ClientId)) && (request.IncludeInactiveContracts || IsActive(t)))
            .ToDictionary(t => t.Id);
        if (terms.Count == 0)
        {
            return [];
        }

        var cycles = (await contracts.GetRecentCyclesAsync([.. terms.Keys], request.UpTo, Math.Max(1, request.MaxCycles), cancellationToken))
            .GroupBy(c => c.ContractId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Start).ToList());
        var entriesByContract = await EntriesAsync(terms, cycles, cancellationToken);
        var clientNames = (await contracts.GetClientsAsync(clientIds, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        return [.. terms.Values
            .Select(contract => Measure(contract, cycles.GetValueOrDefault(contract.Id) ?? [], entriesByContract, clientNames, request.UpTo))
            .OrderBy(h => h.ClientName, StringComparer.Ordinal)
            .ThenBy(h => h.ContractNumber)];
    }

    /// <summary>The contracts the current-usage view calls active; the others appear only when inactive ones are asked for.</summary>
    private static bool IsActive(ContractTermsDto contract) => contract.Status is ContractStatus.Active or ContractStatus.PendingAdjustment;

    private async Task<Dictionary<Guid, List<ConsumptionEntryDto>>> EntriesAsync(
        Dictionary<Guid, ContractTermsDto> terms, Dictionary<Guid, List<ContractCycleDto>> cycles, CancellationToken cancellationToken)
    {
        var all = cycles.Values.SelectMany(c => c).ToList();
        if (all.Count == 0)
        {
            return [];
        }

        var contractOfRider = cycles.Keys.SelectMany(id => terms[id].Riders.Select(r => (Rider: r.Id, Contract: id))).ToDictionary(x => x.Rider, x => x.Contract);
        var entries = (await tickets.GetContractConsumptionAsync(
            new ContractConsumptionRequest([.. contractOfRider.Keys], null, all.Min(c => c.Start), all.Max(c => c.End)), cancellationToken)).Entries;
        return entries
            .Where(e => contractOfRider.ContainsKey(e.RiderId))
            .GroupBy(e => contractOfRider[e.RiderId])
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    private static ContractConsumptionHistory Measure(
        ContractTermsDto contract,
        IReadOnlyList<ContractCycleDto> cycles,
        Dictionary<Guid, List<ConsumptionEntryDto>> entriesByContract,
        Dictionary<Guid, string> clientNames,
        DateOnly upTo)
    {
        var entries = entriesByContract.GetValueOrDefault(contract.Id) ?? [];
        var measured = cycles.Select(cycle =>
        {
            var usage = CycleUsage.Measure(contract, cycle.Rider, [.. entries.Where(e => e.Date >= cycle.Start && e.Date <= cycle.End)]);
            return new CycleConsumption(
                cycle.Index, cycle.Start, cycle.End, usage.UsedMinutes, usage.IncludedMinutes, usage.UsedTickets, usage.IncludedTickets,
                usage.UsedCredit, usage.IncludedCredit, cycle.Start <= upTo && upTo <= cycle.End, cycle.End < upTo);
        });
        return new ContractConsumptionHistory(
            contract.Id, contract.Number, contract.Name, contract.ClientId, clientNames.GetValueOrDefault(contract.ClientId, ""),
            contract.ContractTypeName, UnitOf(contract.Modality), IsActive(contract), [.. measured]);
    }

    private static ConsumptionUnit UnitOf(ContractModality modality) => modality switch
    {
        var m when m.UsesTickets() => ConsumptionUnit.Tickets,
        var m when m.UsesCredit() => ConsumptionUnit.Credit,
        _ => ConsumptionUnit.Hours,
    };
}
