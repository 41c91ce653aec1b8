using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>
/// Clientes › Faturamento: each active contract's consumption in its current cycle. Three reads whatever the number of
/// contracts: the client's contract terms, their current cycles, and the entries of every rider over those cycles.
/// </summary>
internal sealed class GetCurrentUsage(IContractsModule contracts, ITicketBilling tickets)
{
    public async Task<IReadOnlyList<ContractUsageDto>> HandleAsync(Guid clientId, DateOnly date, CancellationToken cancellationToken)
    {
        var terms = (await contracts.GetContractTermsAsync(new ContractTermsRequest([clientId], null), cancellationToken))
            .Where(t => t.ClientId == clientId && t.Status is ContractStatus.Active or ContractStatus.PendingAdjustment)
            .ToDictionary(t => t.Id);
        if (terms.Count == 0)
        {
            return [];
        }

        var cycles = await contracts.GetCyclesContainingAsync([.. terms.Keys], date, cancellationToken);
        if (cycles.Count == 0)
        {
            return [];
        }

        var riderIds = cycles.SelectMany(c => terms[c.ContractId].Riders.Select(r => r.Id)).ToList();
        var entries = (await tickets.GetContractConsumptionAsync(
            new ContractConsumptionRequest(riderIds, null, cycles.Min(c => c.Start), cycles.Max(c => c.End)), cancellationToken)).Entries;
        return [.. cycles
            .Select(cycle =>
            {
                var contract = terms[cycle.ContractId];
                var riders = contract.Riders.Select(r => r.Id).ToHashSet();
                var cycleEntries = entries.Where(e => riders.Contains(e.RiderId) && e.Date >= cycle.Start && e.Date <= cycle.End).ToList();
                var usage = CycleUsage.Measure(contract, cycle.Rider, cycleEntries);
                return new ContractUsageDto(
                    contract.Id, contract.Number, contract.Name, cycle.Index, cycle.Start, cycle.End, usage.UsedMinutes, usage.IncludedMinutes,
                    usage.UsedTickets, usage.IncludedTickets, usage.UsedCredit, usage.IncludedCredit);
            })
            .OrderBy(u => u.ContractNumber)];
    }
}
