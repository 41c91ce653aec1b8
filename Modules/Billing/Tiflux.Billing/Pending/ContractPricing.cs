using Tiflux.Billing.Ledger;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>
/// In memory, one contract at a time: adjustments of its recently billed cycles and the prices of its unbilled cycles,
/// from what <see cref="PendingBillingEngine"/> loaded once for every contract.
/// </summary>
internal sealed class ContractPricing(
    PendingRequest request,
    Dictionary<Guid, string> names,
    List<ContractCycleDto> billedRecently,
    Dictionary<(Guid ContractId, int CycleIndex), BilledAmounts> billedAmounts,
    List<PendingLineDto> lines,
    Dictionary<string, IReadOnlyList<LedgerMovement>> movements,
    Dictionary<string, IReadOnlyList<UnbilledCycle>> billFirst)
{
    public void Add(ContractTermsDto contract, IEnumerable<ContractCycleDto> unbilled, List<LedgerEntry> contractLedger, IReadOnlyList<ConsumptionEntryDto> contractEntries)
    {
        var contractLots = Lots(contractLedger, beforePeriod: null);
        var target = unbilled.MinBy(c => c.Index)!;
        if (request.ExactDueDate is null || target.DueDate == request.ExactDueDate)
        {
            AddAdjustments(contract, target, contractLedger, contractEntries);
        }

        // Unbilled cycles are priced in time order from the balances the billed ones left. Billed cycles always form
        // a prefix for contracts that carry balances (CommitBilling and ReverseBilling keep it so), which makes
        // every cycle's amount independent of the order in which cycles were billed (docs/decisions/0012-billing-order.md).
        var earlier = new List<UnbilledCycle>();
        foreach (var cycle in unbilled.OrderBy(c => c.Index))
        {
            var input = BuildInput(contract, cycle, names, contractEntries, contractLots);
            var result = CyclePricer.Price(input);
            contractLots = Apply(contractLots, result.Movements);
            var groupKey = CyclePricer.GroupKey(contract.Id, cycle.Index);
            if (request.ExactDueDate is null || cycle.DueDate == request.ExactDueDate)
            {
                lines.AddRange(result.Lines);
                movements[groupKey] = result.Movements;
                if (contract.Modality.CarriesBalance() && earlier.Count > 0)
                {
                    billFirst[groupKey] = [.. earlier];
                }
            }

            earlier.Add(new UnbilledCycle(groupKey, contract.Name, cycle.Start, cycle.End));
        }
    }

    /// <summary>Work changed after a cycle was billed is billed as an adjustment on the contract's next pending cycle.</summary>
    private void AddAdjustments(ContractTermsDto contract, ContractCycleDto target, List<LedgerEntry> contractLedger, IReadOnlyList<ConsumptionEntryDto> contractEntries)
    {
        foreach (var billedCycle in billedRecently.Where(c => c.ContractId == contract.Id).OrderBy(c => c.Index))
        {
            var input = BuildInput(contract, billedCycle, names, contractEntries, Lots(contractLedger, beforePeriod: billedCycle.ExcessPeriod!.Index));
            var amounts = billedAmounts.GetValueOrDefault((contract.Id, billedCycle.Index)) ?? new BilledAmounts(0m, 0m, 0);
            if (CycleAdjustments.For(input, CyclePricer.Price(input), amounts, target, names.GetValueOrDefault(contract.ClientId, "?")) is { } adjustment)
            {
                lines.Add(adjustment);
            }
        }
    }

    /// <summary>The pricer's input for one cycle: the entries of its excess period and, for ticket modalities, the tickets first worked in it.</summary>
    private static CycleInput BuildInput(ContractTermsDto contract, ContractCycleDto cycle, Dictionary<Guid, string> names, IReadOnlyList<ConsumptionEntryDto> entries, IReadOnlyList<HourLot> lots)
    {
        var period = cycle.ExcessPeriod;
        var periodEntries = period is null ? [] : entries.Where(e => e.Date >= period.Start && e.Date <= period.End).ToList();
        IReadOnlyList<int> counted = [];
        if (contract.Modality.UsesTickets() && period is not null)
        {
            counted = [.. entries.Where(e => !e.Warranty)
                .GroupBy(e => e.TicketNumber)
                .Where(t => t.Min(e => e.Date) is var first && first >= period.Start && first <= period.End)
                .Select(t => t.Key)
                .Order()];
        }

        return new CycleInput(contract, cycle, names.GetValueOrDefault(contract.ClientId, "?"), periodEntries, counted, lots, names);
    }

    /// <summary>The hour lots the ledger holds, or only those recorded by periods before <paramref name="beforePeriod"/>.</summary>
    private static IReadOnlyList<HourLot> Lots(List<LedgerEntry> ledger, int? beforePeriod) =>
        [.. ledger.Where(e => beforePeriod is null || e.CycleIndex < beforePeriod)
            .GroupBy(e => e.LotCycleIndex!.Value)
            .Select(lot => new HourLot(
                lot.Key,
                lot.Sum(e => e.Kind == LedgerKind.HoursIn ? e.Minutes : -e.Minutes),
                lot.Max(e => e.ExpiresAfterCycle)))];

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
}
