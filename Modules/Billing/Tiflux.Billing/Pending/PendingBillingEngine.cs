using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.Ledger;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>
/// Computes pending billing, read-only, in a bounded number of round trips whatever the number of clients:
/// clients, cycles, billed cycles, contract terms, ledger, consumption and billable items are each loaded once.
/// The billable items load in their own scope while the contract cycles are priced (two independent reads).
/// </summary>
internal sealed class PendingBillingEngine(IContractsModule contracts, ITicketBilling tickets, BillingDbContext db, IServiceScopeFactory scopes)
{
    /// <summary>
    /// The pending lines of the request. <c>explainStandalone: false</c> is for totals only (the stored summaries):
    /// standalone lines then carry their amounts without description and explanation text, most of their cost at
    /// 150,000 lines. Contract lines are always explained.
    /// </summary>
    public async Task<PendingComputation> ComputeAsync(PendingRequest request, CancellationToken cancellationToken, bool explainStandalone = true)
    {
        var standalone = request.Scope == PendingScope.Contracts ? null : BillableItemsAsync(request, cancellationToken);
        // Only the clients asked for (plus, below, shared-credit members whose entries appear): billing one client must
        // not read every client's row (an automatic run bills thousands of cycles one client at a time).
        var names = (await contracts.GetClientsAsync(request.ClientIds, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var lines = new List<PendingLineDto>();
        var movements = new Dictionary<string, IReadOnlyList<LedgerMovement>>();
        var billFirst = new Dictionary<string, IReadOnlyList<UnbilledCycle>>();
        try
        {
            if (request.Scope != PendingScope.Standalone)
            {
                await AddContractLinesAsync(request, names, lines, movements, billFirst, cancellationToken);
            }
        }
        finally
        {
            // Never leave the concurrent read unobserved, even when pricing failed.
            if (standalone is not null)
            {
                var items = await standalone;
                lines.AddRange(items.Select(i => StandaloneLines.From(i, names.GetValueOrDefault(i.ClientId, "?"), explainStandalone)));
            }
        }

        return new PendingComputation(PendingLineOrder.Sort(lines), movements, billFirst);
    }

    private async Task<IReadOnlyList<BillableItemDto>> BillableItemsAsync(PendingRequest request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var upTo = request.ExactDueDate ?? request.BaseDate;
        return await scope.ServiceProvider.GetRequiredService<ITicketBilling>()
            .GetBillableItemsAsync(new BillableItemsRequest(request.ClientIds, upTo), cancellationToken);
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

        // Billed cycles of the last year are checked for work changed after billing (adjustments on the next cycle).
        var lookback = (request.ExactDueDate ?? request.BaseDate).AddMonths(-AdjustmentLookbackMonths);
        var billedRecently = cycles.Where(c => billed.Contains((c.ContractId, c.Index)) && terms.ContainsKey(c.ContractId)
            && c.ExcessPeriod is { } period && period.End >= lookback).ToList();
        var ledger = await LoadLedgerAsync([.. terms.Keys], cancellationToken);
        var billedAmounts = await LoadBilledAmountsAsync(billedRecently, cancellationToken);
        var entries = await LoadEntriesAsync([.. unbilled, .. billedRecently], terms, cancellationToken);
        await AddMissingNamesAsync(request, names, terms, entries, cancellationToken);
        var pricing = new ContractPricing(request, names, billedRecently, billedAmounts, lines, movements, billFirst);
        foreach (var group in unbilled.GroupBy(c => c.ContractId))
        {
            var contract = terms[group.Key];
            pricing.Add(contract, group, ledger.GetValueOrDefault(contract.Id) ?? [], entries.GetValueOrDefault(contract.Id) ?? []);
        }
    }

    /// <summary>Shared-credit members whose entries appear are named too, though only the asked-for clients were read.</summary>
    private async Task AddMissingNamesAsync(
        PendingRequest request, Dictionary<Guid, string> names, Dictionary<Guid, ContractTermsDto> terms,
        Dictionary<Guid, IReadOnlyList<ConsumptionEntryDto>> entries, CancellationToken cancellationToken)
    {
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
    }

    /// <summary>How far back billed cycles are checked for work changed after billing.</summary>
    public const int AdjustmentLookbackMonths = 12;

    private async Task<Dictionary<Guid, IReadOnlyList<ConsumptionEntryDto>>> LoadEntriesAsync(
        List<ContractCycleDto> cycles, Dictionary<Guid, ContractTermsDto> terms, CancellationToken cancellationToken)
    {
        var periods = cycles.Where(c => c.ExcessPeriod is not null).ToList();
        if (periods.Count == 0)
        {
            return [];
        }

        var from = periods.Min(c => terms[c.ContractId].Modality.UsesTickets() ? terms[c.ContractId].StartDate : c.ExcessPeriod!.Start);
        var to = periods.Max(c => c.ExcessPeriod!.End);
        var riderToContract = terms.Values.SelectMany(t => t.Riders.Select(r => (r.Id, t.Id))).ToDictionary(x => x.Item1, x => x.Item2);
        var consumption = await tickets.GetContractConsumptionAsync(new ContractConsumptionRequest([.. riderToContract.Keys], null, from, to), cancellationToken);
        return consumption.Entries
            .Where(e => riderToContract.ContainsKey(e.RiderId))
            .GroupBy(e => riderToContract[e.RiderId])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ConsumptionEntryDto>)[.. g]);
    }

    private async Task<Dictionary<Guid, List<LedgerEntry>>> LoadLedgerAsync(List<Guid> contractIds, CancellationToken cancellationToken) =>
        (await db.Ledger.AsNoTracking()
            .Where(l => l.Active && contractIds.Contains(l.ContractId) && l.LotCycleIndex != null)
            .ToListAsync(cancellationToken))
            .GroupBy(e => e.ContractId)
            .ToDictionary(g => g.Key, g => g.ToList());

    /// <summary>Per billed cycle: its excess as billed, and the adjustments billed for it since.</summary>
    private async Task<Dictionary<(Guid ContractId, int CycleIndex), BilledAmounts>> LoadBilledAmountsAsync(List<ContractCycleDto> billedCycles, CancellationToken cancellationToken)
    {
        if (billedCycles.Count == 0)
        {
            return [];
        }

        var contractIds = billedCycles.Select(c => c.ContractId).Distinct().ToList();
        var kinds = new[] { PendingLineKind.HoursExcess, PendingLineKind.TicketExcess, PendingLineKind.CreditExcess, PendingLineKind.CycleAdjustment };
        var rows = await db.BillingLines.AsNoTracking()
            .Where(l => l.Active && l.ContractId != null && contractIds.Contains(l.ContractId.Value) && kinds.Contains(l.Kind))
            .Select(l => new { ContractId = l.ContractId!.Value, l.CycleIndex, l.Kind, l.Key, l.Amount })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => (r.ContractId, Cycle: r.Kind == PendingLineKind.CycleAdjustment ? CycleAdjustments.AdjustedCycle(r.Key) : r.CycleIndex!.Value))
            .ToDictionary(
                g => g.Key,
                g => new BilledAmounts(
                    g.Where(r => r.Kind != PendingLineKind.CycleAdjustment).Sum(r => r.Amount),
                    g.Where(r => r.Kind == PendingLineKind.CycleAdjustment).Sum(r => r.Amount),
                    g.Count(r => r.Kind == PendingLineKind.CycleAdjustment)));
    }
}
