using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Ledger;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Billing.Statements;

/// <summary>
/// Balances of rolled-over hours and credit for the client statement, read from the ledger that billing writes (never
/// recomputed): movements of cycles before the period's first cycle make the opening balance, those of the period's
/// cycles the in, out and expired columns. Lots are the ledger's lots as <c>ContractPricing</c> reads them.
/// </summary>
internal sealed class GetContractBalances(BillingDbContext db, IContractsModule contracts)
{
    /// <summary>Enough cycles to cover a year of weekly cycles (the statement's longest period) and a lot's origin.</summary>
    private const int CyclesBack = 60;

    /// <summary>How far past the period a lot's expiry cycle is looked up to give it a date.</summary>
    private const int CyclesAhead = 36;

    public async Task<IReadOnlyList<ContractBalanceDto>> HandleAsync(ContractBalanceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = request.ContractIds.Distinct().ToList();
        var terms = ids.Count == 0 ? [] : (await contracts.GetContractTermsAsync(new ContractTermsRequest(null, ids), cancellationToken))
            .Where(t => ids.Contains(t.Id) && (t.Modality.CarriesBalance() || t.Modality.UsesCredit()))
            .ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var termIds = terms.Select(t => t.Id).ToList();
        var cycles = (await contracts.GetRecentCyclesAsync(termIds, request.To, CyclesBack, cancellationToken))
            .GroupBy(c => c.ContractId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Index).ToList());
        var ledger = (await db.Ledger.AsNoTracking().Where(l => l.Active && termIds.Contains(l.ContractId)).ToListAsync(cancellationToken))
            .ToLookup(l => l.ContractId);
        var billed = (await db.BilledCycles.AsNoTracking()
                .Where(b => b.Active && termIds.Contains(b.ContractId))
                .Select(b => new { b.ContractId, b.CycleIndex })
                .ToListAsync(cancellationToken))
            .ToLookup(b => b.ContractId, b => b.CycleIndex);
        var result = new List<ContractBalanceDto>();
        foreach (var contract in terms)
        {
            var contractCycles = cycles.GetValueOrDefault(contract.Id) ?? [];
            var inPeriod = contractCycles.Where(c => c.End >= request.From && c.Start <= request.To).ToList();
            var entries = ledger[contract.Id].ToList();
            var unbilled = inPeriod.Count(c => !billed[contract.Id].Contains(c.Index));
            result.Add(contract.Modality.UsesCredit()
                ? Credit(contract.Id, entries, inPeriod, unbilled)
                : await HoursAsync(contract.Id, entries, contractCycles, inPeriod, unbilled, cancellationToken));
        }

        return result;
    }

    private static ContractBalanceDto Credit(Guid contractId, List<LedgerEntry> entries, List<ContractCycleDto> inPeriod, int unbilled)
    {
        var (before, during) = Split(entries, inPeriod);
        decimal Sum(IEnumerable<LedgerEntry> e, LedgerKind kind) => e.Where(x => x.Kind == kind).Sum(x => x.Amount);
        var opening = Sum(before, LedgerKind.CreditIn) - Sum(before, LedgerKind.CreditOut) - Sum(before, LedgerKind.CreditExpired);
        var credited = Sum(during, LedgerKind.CreditIn);
        var used = Sum(during, LedgerKind.CreditOut);
        var expired = Sum(during, LedgerKind.CreditExpired);
        return new ContractBalanceDto(contractId, ConsumptionUnit.Credit, opening, credited, used, expired, opening + credited - used - expired, unbilled, []);
    }

    private async Task<ContractBalanceDto> HoursAsync(
        Guid contractId, List<LedgerEntry> entries, List<ContractCycleDto> contractCycles, List<ContractCycleDto> inPeriod, int unbilled, CancellationToken cancellationToken)
    {
        var hours = entries.Where(e => e.LotCycleIndex is not null).ToList();
        var (before, during) = Split(hours, inPeriod);
        int Sum(IEnumerable<LedgerEntry> e, LedgerKind kind) => e.Where(x => x.Kind == kind).Sum(x => x.Minutes);
        var opening = Sum(before, LedgerKind.HoursIn) - Sum(before, LedgerKind.HoursOut) - Sum(before, LedgerKind.HoursExpired);
        var added = Sum(during, LedgerKind.HoursIn);
        var used = Sum(during, LedgerKind.HoursOut);
        var expired = Sum(during, LedgerKind.HoursExpired);
        var lots = new List<BalanceLotDto>();
        foreach (var lot in before.Concat(during).GroupBy(e => e.LotCycleIndex!.Value).OrderBy(g => g.Key))
        {
            var remaining = lot.Sum(e => e.Kind == LedgerKind.HoursIn ? e.Minutes : -e.Minutes);
            if (remaining <= 0)
            {
                continue;
            }

            var expiresAfter = lot.Max(e => e.ExpiresAfterCycle);
            var expiresOn = expiresAfter is { } index ? await EndOfCycleAsync(contractId, contractCycles, index, cancellationToken) : null;
            lots.Add(new BalanceLotDto(lot.Key, contractCycles.Find(c => c.Index == lot.Key)?.End, remaining, expiresAfter, expiresOn));
        }

        return new ContractBalanceDto(contractId, ConsumptionUnit.Hours, opening, added, used, expired, opening + added - used - expired, unbilled, lots);
    }

    /// <summary>The ledger entries of cycles before the period's first cycle, and those of the period's cycles (later ones are left out).</summary>
    private static (List<LedgerEntry> Before, List<LedgerEntry> During) Split(List<LedgerEntry> entries, List<ContractCycleDto> inPeriod)
    {
        if (inPeriod.Count == 0)
        {
            return ([], []);
        }

        var first = inPeriod.Min(c => c.Index);
        var last = inPeriod.Max(c => c.Index);
        return ([.. entries.Where(e => e.CycleIndex < first)], [.. entries.Where(e => e.CycleIndex >= first && e.CycleIndex <= last)]);
    }

    /// <summary>The last day of the contract's cycle <paramref name="index"/>: from the loaded cycles, else walking forward a bounded number of cycles.</summary>
    private async Task<DateOnly?> EndOfCycleAsync(Guid contractId, List<ContractCycleDto> known, int index, CancellationToken cancellationToken)
    {
        if (known.Find(c => c.Index == index) is { } found)
        {
            return found.End;
        }

        var cycle = known.Count == 0 ? null : known[^1];
        for (var step = 0; cycle is not null && cycle.Index < index && step < CyclesAhead; step++)
        {
            cycle = await contracts.GetCycleAsync(contractId, cycle.End.AddDays(1), cancellationToken);
        }

        return cycle?.Index == index ? cycle.End : null;
    }
}
