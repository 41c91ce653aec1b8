using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.Documents;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Reporting.Statements;

/// <summary>
/// Collects the statement of one or more clients over a period: per contract the cycles overlapping it as Billing
/// measures them (<see cref="IBillingModule.GetConsumptionHistoryAsync"/>), the ledger's balances and lots
/// (<see cref="IBillingStatements"/>) and the contract entries dated in it (warranty listed, not counted); per client the
/// standalone work, travel and extras (<see cref="StatementClientWork"/>). Nothing is priced here: consumption and
/// balances come from Billing, values from the entries as Tickets stored them. A fixed number of reads, whatever the
/// number of clients and contracts.
/// </summary>
internal sealed class ConsumptionStatementBuilder(
    IContractsModule contracts, IBillingModule billing, IBillingStatements balances, ITicketBilling tickets, StatementClientWork work)
{
    /// <summary>Cycles read back from the period's end: a year of weekly cycles (the longest period) fits.</summary>
    private const int CyclesBack = 60;

    /// <summary>The statement, or null when a client does not exist.</summary>
    public async Task<ConsumptionStatement?> BuildAsync(
        IReadOnlyList<Guid> clientIds, IReadOnlyList<Guid>? contractIds, DateOnly from, DateOnly to, bool showValues, CancellationToken cancellationToken)
    {
        var ids = clientIds.Distinct().ToList();
        var clients = await contracts.GetClientsAsync(ids, cancellationToken);
        if (ids.Count == 0 || ids.Any(id => clients.All(c => c.Id != id)))
        {
            return null;
        }

        var terms = (await contracts.GetContractTermsAsync(new ContractTermsRequest(ids, contractIds is { Count: > 0 } ? contractIds : null), cancellationToken))
            .Where(t => ids.Contains(t.ClientId) && (contractIds is not { Count: > 0 } || contractIds.Contains(t.Id)))
            .ToDictionary(t => t.Id);
        var history = terms.Count == 0 ? [] : (await billing.GetConsumptionHistoryAsync(
                new ConsumptionHistoryRequest(ids, IncludeInactiveContracts: true, to) { MaxCycles = CyclesBack }, cancellationToken))
            .Where(h => terms.ContainsKey(h.ContractId) && h.Cycles.Any(c => c.End >= from && c.Start <= to))
            .ToList();
        var shown = history.Select(h => h.ContractId).ToList();
        var entries = await ContractEntriesAsync(terms, shown, from, to, cancellationToken);
        var ledger = shown.Count == 0 ? [] : (await balances.GetContractBalancesAsync(new ContractBalanceRequest(shown, from, to), cancellationToken))
            .ToDictionary(b => b.ContractId);
        var clientWork = await work.LoadAsync(ids, from, to, cancellationToken);
        var byClient = history
            .OrderBy(h => h.ContractNumber)
            .Select(h => Contract(terms[h.ContractId], h, entries[h.ContractId], ledger.GetValueOrDefault(h.ContractId), from, to, showValues))
            .ToLookup(c => c.ClientId, c => c.Contract);
        return new ConsumptionStatement(
            [.. ids.Select(id => clients.First(c => c.Id == id)).Select(c => clientWork.For(c, byClient[c.Id].ToList()))],
            from,
            to,
            showValues);
    }

    /// <summary>The contract entries dated in the period, by contract (riders mapped to their contract).</summary>
    private async Task<ILookup<Guid, ConsumptionEntryDto>> ContractEntriesAsync(
        Dictionary<Guid, ContractTermsDto> terms, List<Guid> shown, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (shown.Count == 0)
        {
            return Array.Empty<ConsumptionEntryDto>().ToLookup(e => e.RiderId);
        }

        var contractOfRider = shown.SelectMany(id => terms[id].Riders.Select(r => (Rider: r.Id, Contract: id))).ToDictionary(x => x.Rider, x => x.Contract);
        var consumption = await tickets.GetContractConsumptionAsync(new ContractConsumptionRequest([.. contractOfRider.Keys], null, from, to), cancellationToken);
        return consumption.Entries.Where(e => contractOfRider.ContainsKey(e.RiderId)).ToLookup(e => contractOfRider[e.RiderId]);
    }

    private static (Guid ClientId, StatementContract Contract) Contract(
        ContractTermsDto terms, ContractConsumptionHistory history, IEnumerable<ConsumptionEntryDto> entries, ContractBalanceDto? balance, DateOnly from, DateOnly to, bool showValues)
    {
        var unit = history.Unit switch
        {
            ConsumptionUnit.Hours when terms.Modality.UsesHours() => AllowanceUnit.Minutes,
            ConsumptionUnit.Tickets => AllowanceUnit.Tickets,
            ConsumptionUnit.Credit when showValues => AllowanceUnit.Money,
            _ => AllowanceUnit.None,
        };
        // Without "ver valores" a credit contract is read in hours: its billable minutes, no allowance and no excess.
        var measure = unit == AllowanceUnit.None ? ConsumptionUnit.Hours : history.Unit;
        var cycles = history.Cycles
            .Where(c => c.End >= from && c.Start <= to)
            .Select(c => unit == AllowanceUnit.None
                ? new StatementCycle(c.Start, c.End, null, c.UsedMinutes, 0)
                : new StatementCycle(c.Start, c.End, c.Included(measure), c.Consumed(measure), c.Excess(measure)))
            .ToList();
        var listed = entries
            .OrderBy(e => e.Date).ThenBy(e => e.TicketNumber)
            .Select(e => new StatementEntry(e.Date, e.TicketNumber, e.TechnicianName, e.Mode.Portuguese(), e.Minutes, e.Warranty, e.Description))
            .ToList();
        return (terms.ClientId, new StatementContract(terms.Number, terms.Name, terms.ContractTypeName, unit, cycles, listed, Balance(balance, showValues)));
    }

    /// <summary>The ledger's balance in the statement's unit; a credit balance is money, so it stays out without "ver valores".</summary>
    private static StatementBalance? Balance(ContractBalanceDto? balance, bool showValues) => balance switch
    {
        null => null,
        { Unit: ConsumptionUnit.Credit } when !showValues => null,
        _ => new StatementBalance(
            balance.Unit == ConsumptionUnit.Credit ? AllowanceUnit.Money : AllowanceUnit.Minutes,
            balance.Opening,
            balance.In,
            balance.Out,
            balance.Expired,
            balance.Closing,
            balance.UnbilledCycles,
            [.. balance.Lots.Select(l => new StatementLot(l.LotCycleIndex, l.LotCycleEnd, l.RemainingMinutes, l.ExpiresAfterCycle, l.ExpiresOn))]),
    };
}
