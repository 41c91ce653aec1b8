using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Ledger;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>
/// Computes pending billing, read-only, in a bounded number of round trips whatever the number of clients:
/// clients, cycles, billed cycles, contract terms, ledger, consumption and billable items are each loaded once.
/// </summary>
internal sealed class PendingBillingEngine(IContractsModule contracts, ITicketsModule tickets, BillingDbContext db)
{
    public async Task<PendingComputation> ComputeAsync(PendingRequest request, CancellationToken cancellationToken)
    {
        // Only the clients asked for (plus, below, shared-credit members whose entries appear): billing one client must
        // not read every client's row (an automatic run bills thousands of cycles one client at a time).
        var names = (await contracts.GetClientsAsync(request.ClientIds, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var lines = new List<PendingLineDto>();
        var movements = new Dictionary<string, IReadOnlyList<LedgerMovement>>();
        var billFirst = new Dictionary<string, IReadOnlyList<UnbilledCycle>>();
        if (request.Scope != PendingScope.Standalone)
        {
            await AddContractLinesAsync(request, names, lines, movements, billFirst, cancellationToken);
        }

        if (request.Scope != PendingScope.Contracts)
        {
            var upTo = request.ExactDueDate ?? request.BaseDate;
            var items = await tickets.GetBillableItemsAsync(new BillableItemsRequest(request.ClientIds, upTo), cancellationToken);
            lines.AddRange(items.Select(i => StandaloneLines.From(i, names.GetValueOrDefault(i.ClientId, "?"))));
        }

        return new PendingComputation(Order(lines), movements, billFirst);
    }

    private async Task AddContractLinesAsync(
        PendingRequest request,
        Dictionary<Guid, string> names,
        List<PendingLineDto> lines,
        Dictionary<string, IReadOnlyList<LedgerMovement>> movements,
        Dictionary<string, IReadOnlyList<UnbilledCycle>> billFirst,
        CancellationToken cancellationToken)
    {
        // Cycles due exactly on a date are priced after every earlier unbilled cycle, so rolled-over balances agree.
        var pendingCycles = await contracts.GetCyclesPendingAsync(new CyclesPendingRequest(request.ExactDueDate ?? request.BaseDate, null, request.ClientIds), cancellationToken);
        lines.AddRange(pendingCycles.Problems.Select(p => ContractProblemLine.From(p, names.GetValueOrDefault(p.ClientId, "?"))));
        var cycles = pendingCycles.Cycles;
        var contractIds = cycles.Select(c => c.ContractId).Distinct().ToList();
        if (contractIds.Count == 0)
        {
            return;
        }

        var billed = (await db.BilledCycles.AsNoTracking().Where(b => b.Active && contractIds.Contains(b.ContractId))
            .Select(b => new { b.ContractId, b.CycleIndex }).ToListAsync(cancellationToken))
            .Select(b => (b.ContractId, b.CycleIndex)).ToHashSet();
        var unbilled = cycles.Where(c => !billed.Contains((c.ContractId, c.Index))).ToList();
        if (unbilled.Count == 0)
        {
            return;
        }

        var terms = (await contracts.GetContractTermsAsync(new ContractTermsRequest(null, [.. unbilled.Select(c => c.ContractId).Distinct()]), cancellationToken))
            .ToDictionary(t => t.Id);
        var lots = await LoadLotsAsync([.. terms.Keys], cancellationToken);
        var entries = await LoadEntriesAsync(unbilled, terms, cancellationToken);
        if (request.ClientIds is not null)
        {
            var missing = terms.Values.Select(t => t.ClientId)
                .Concat(entries.Values.SelectMany(e => e).Select(e => e.ClientId))
                .Where(id => !names.ContainsKey(id))
                .ToHashSet();
            if (missing.Count > 0)
            {
                foreach (var client in await contracts.GetClientsAsync(missing, cancellationToken))
                {
                    names[client.Id] = client.Name;
                }
            }
        }

        foreach (var group in unbilled.GroupBy(c => c.ContractId))
        {
            var contract = terms[group.Key];
            var contractLots = lots.GetValueOrDefault(contract.Id) ?? [];
            var contractEntries = entries.GetValueOrDefault(contract.Id) ?? [];
            // Unbilled cycles are priced in time order from the balances the billed ones left. Billed cycles always form
            // a prefix for contracts that carry balances (CreateBilling and ReverseBilling keep it so), which makes
            // every cycle's amount independent of the order in which cycles were billed (docs/decisions/0012-billing-order.md).
            var earlier = new List<UnbilledCycle>();
            foreach (var cycle in group.OrderBy(c => c.Index))
            {
                var input = BuildInput(contract, cycle, names, contractEntries, contractLots);
                var result = CyclePricer.Price(input);
                contractLots = Apply(contractLots, result.Movements);
                var groupKey = CyclePricer.GroupKey(contract.Id, cycle.Index);
                if (request.ExactDueDate is null || cycle.DueDate == request.ExactDueDate)
                {
                    lines.AddRange(result.Lines);
                    movements[groupKey] = result.Movements;
                    if (CarriesBalance(contract) && earlier.Count > 0)
                    {
                        billFirst[groupKey] = [.. earlier];
                    }
                }

                earlier.Add(new UnbilledCycle(groupKey, contract.Name, cycle.Start, cycle.End));
            }
        }
    }

    /// <summary>Whether a cycle's amount depends on the cycles before it (a balance carried from one to the next).</summary>
    public static bool CarriesBalance(ContractTermsDto contract) => contract.Modality == ContractModality.CumulativeHours;

    private static CycleInput BuildInput(ContractTermsDto contract, ContractCycleDto cycle, Dictionary<Guid, string> names, IReadOnlyList<ConsumptionEntryDto> entries, IReadOnlyList<HourLot> lots)
    {
        var period = cycle.ExcessPeriod;
        var periodEntries = period is null ? [] : entries.Where(e => e.Date >= period.Start && e.Date <= period.End).ToList();
        IReadOnlyList<int> counted = [];
        if (contract.Modality == ContractModality.PerTicket && period is not null)
        {
            counted = [.. entries.Where(e => !e.Warranty)
                .GroupBy(e => e.TicketNumber)
                .Where(t => t.Min(e => e.Date) is var first && first >= period.Start && first <= period.End)
                .Select(t => t.Key)
                .Order()];
        }

        return new CycleInput(contract, cycle, names.GetValueOrDefault(contract.ClientId, "?"), periodEntries, counted, lots, names);
    }

    private async Task<Dictionary<Guid, IReadOnlyList<ConsumptionEntryDto>>> LoadEntriesAsync(
        List<ContractCycleDto> cycles, Dictionary<Guid, ContractTermsDto> terms, CancellationToken cancellationToken)
    {
        var periods = cycles.Where(c => c.ExcessPeriod is not null).ToList();
        if (periods.Count == 0)
        {
            return [];
        }

        var from = periods.Min(c => terms[c.ContractId].Modality == ContractModality.PerTicket ? terms[c.ContractId].StartDate : c.ExcessPeriod!.Start);
        var to = periods.Max(c => c.ExcessPeriod!.End);
        var riderToContract = terms.Values.SelectMany(t => t.Riders.Select(r => (r.Id, t.Id))).ToDictionary(x => x.Item1, x => x.Item2);
        var consumption = await tickets.GetContractConsumptionAsync(new ContractConsumptionRequest([.. riderToContract.Keys], null, from, to), cancellationToken);
        return consumption.Entries
            .Where(e => riderToContract.ContainsKey(e.RiderId))
            .GroupBy(e => riderToContract[e.RiderId])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ConsumptionEntryDto>)[.. g]);
    }

    private async Task<Dictionary<Guid, IReadOnlyList<HourLot>>> LoadLotsAsync(List<Guid> contractIds, CancellationToken cancellationToken)
    {
        var entries = await db.Ledger.AsNoTracking()
            .Where(l => l.Active && contractIds.Contains(l.ContractId) && l.LotCycleIndex != null)
            .ToListAsync(cancellationToken);
        return entries.GroupBy(e => e.ContractId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<HourLot>)[.. g.GroupBy(e => e.LotCycleIndex!.Value).Select(lot => new HourLot(
                lot.Key,
                lot.Sum(e => e.Kind == LedgerKind.HoursIn ? e.Minutes : -e.Minutes),
                lot.Max(e => e.ExpiresAfterCycle)))]);
    }

    private static IReadOnlyList<HourLot> Apply(IReadOnlyList<HourLot> lots, IReadOnlyList<LedgerMovement> movements)
    {
        var byIndex = lots.ToDictionary(l => l.LotCycleIndex);
        foreach (var movement in movements.Where(m => m.LotCycleIndex is not null))
        {
            var index = movement.LotCycleIndex!.Value;
            var current = byIndex.GetValueOrDefault(index) ?? new HourLot(index, 0, movement.ExpiresAfterCycle);
            var delta = movement.Kind == LedgerKind.HoursIn ? movement.Minutes : -movement.Minutes;
            byIndex[index] = current with { RemainingMinutes = current.RemainingMinutes + delta };
        }

        return [.. byIndex.Values.OrderBy(l => l.LotCycleIndex)];
    }

    private static List<PendingLineDto> Order(List<PendingLineDto> lines) =>
        [.. lines
            .Select((line, position) => (line, position))
            .OrderBy(x => x.line.ClientName, StringComparer.Ordinal)
            .ThenBy(x => x.line.ClientId)
            .ThenBy(x => x.line.IsContractLine ? 0 : 1)
            .ThenBy(x => x.line.ContractName, StringComparer.Ordinal)
            .ThenBy(x => x.line.ContractId)
            .ThenBy(x => x.line.CycleIndex)
            .ThenBy(x => x.line.TicketNumber)
            .ThenBy(x => x.line.PeriodStart)
            .ThenBy(x => x.line.Kind)
            .ThenBy(x => x.line.IsContractLine ? x.position : 0)
            .ThenBy(x => x.line.Key, StringComparer.Ordinal)
            .Select(x => x.line)];
}
