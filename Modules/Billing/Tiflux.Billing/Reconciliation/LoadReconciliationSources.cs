using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Reconciliation;

/// <summary>
/// The reads behind a reconciliation: the logged work (Tickets), clients, contract terms and cycles (Contracts), and the
/// billings, their item lines, contract-cycle lines and billed cycles (Billing). Set-based: about nine queries.
/// </summary>
internal sealed class LoadReconciliationSources(ILoggedWorkReads work, IContractsModule contracts, BillingDbContext db)
{
    private static readonly PendingLineKind[] ItemKinds = [PendingLineKind.StandaloneEntry, PendingLineKind.Travel, PendingLineKind.Extra];

    private static readonly PendingLineKind[] CycleKinds =
    [
        PendingLineKind.ContractFee, PendingLineKind.SaasItem, PendingLineKind.CreditAllowance, PendingLineKind.HoursExcess,
        PendingLineKind.TicketExcess, PendingLineKind.CreditExcess, PendingLineKind.CycleAdjustment,
    ];

    public async Task<ReconciliationSources> LoadAsync(ReconciliationRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<Guid>? clientIds = request.ClientId is { } only ? [only] : null;
        var logged = await work.GetLoggedWorkAsync(new LoggedWorkRequest(clientIds, request.From, request.To), cancellationToken);
        var names = (await contracts.GetClientsAsync(clientIds, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var itemLines = await ItemLinesAsync(request, cancellationToken);
        var terms = await ContractsAsync(clientIds, logged, cancellationToken);
        var cycles = await CyclesAsync(request, terms, cancellationToken);
        var contractIds = terms.Keys.ToList();
        var billedCycles = (await db.BilledCycles.AsNoTracking().Where(b => b.Active && contractIds.Contains(b.ContractId))
                .Select(b => new { b.ContractId, b.CycleIndex }).ToListAsync(cancellationToken))
            .Select(b => (b.ContractId, b.CycleIndex)).ToHashSet();
        // Only lines of cycles that can bill the period (their explanations are the heavy column): a cycle billed in
        // advance starts after the consumption it bills, at most one cycle later.
        var latestStart = request.To.AddDays(CycleLookaheadDays);
        var cycleLines = await db.BillingLines.AsNoTracking()
            .Where(l => l.Active && l.ContractId != null && contractIds.Contains(l.ContractId.Value) && CycleKinds.Contains(l.Kind)
                && (l.PeriodEnd == null || l.PeriodEnd >= request.From) && (l.PeriodStart == null || l.PeriodStart <= latestStart))
            .Select(l => new BilledLineRow(l.BillingId, l.Kind, l.Key, l.ContractId, l.CycleIndex, l.SourceId, l.TicketNumber, l.ReferenceDate, l.Amount, l.ExplanationJson))
            .ToListAsync(cancellationToken);
        var billings = await BillingsAsync(logged, [.. itemLines, .. cycleLines], cancellationToken);
        return new ReconciliationSources(request, logged, names, billings, itemLines, cycleLines, billedCycles, terms, cycles);
    }

    /// <summary>Active lines of standalone entries, travel and extras dated in the period (their date is the item's).</summary>
    private async Task<List<BilledLineRow>> ItemLinesAsync(ReconciliationRequest request, CancellationToken cancellationToken)
    {
        var lines = from l in db.BillingLines.AsNoTracking()
                    join b in db.Billings.AsNoTracking() on l.BillingId equals b.Id
                    where l.Active && ItemKinds.Contains(l.Kind) && l.ReferenceDate >= request.From && l.ReferenceDate <= request.To
                    select new { Line = l, b.ClientId };
        if (request.ClientId is { } only)
        {
            lines = lines.Where(x => x.ClientId == only);
        }

        return await lines
            .Select(x => new BilledLineRow(x.Line.BillingId, x.Line.Kind, x.Line.Key, x.Line.ContractId, x.Line.CycleIndex, x.Line.SourceId, x.Line.TicketNumber,
                x.Line.ReferenceDate, x.Line.Amount, null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The clients' contracts plus those their entries consume though owned by another client (shared credit).</summary>
    private async Task<Dictionary<Guid, ContractTermsDto>> ContractsAsync(IReadOnlyCollection<Guid>? clientIds, LoggedWorkDto logged, CancellationToken cancellationToken)
    {
        var terms = (await contracts.GetContractTermsAsync(new ContractTermsRequest(clientIds, null), cancellationToken)).ToDictionary(t => t.Id);
        var missing = logged.Entries.Where(e => e.ContractId is { } id && !terms.ContainsKey(id)).Select(e => e.ContractId!.Value).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var contract in await contracts.GetContractTermsAsync(new ContractTermsRequest(null, missing), cancellationToken))
            {
                terms[contract.Id] = contract;
            }
        }

        return terms;
    }

    /// <summary>
    /// Every cycle whose consumption period can hold a date of the period: cycles up to a quarter past its end (a cycle
    /// billed in advance bills the consumption of the one before), enough of them to reach back to its start.
    /// </summary>
    private async Task<Dictionary<Guid, IReadOnlyList<ContractCycleDto>>> CyclesAsync(
        ReconciliationRequest request, Dictionary<Guid, ContractTermsDto> terms, CancellationToken cancellationToken)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        var count = (request.To.DayNumber - request.From.DayNumber) / 28 + 6;
        var cycles = await contracts.GetRecentCyclesAsync([.. terms.Keys], request.To.AddDays(CycleLookaheadDays), count, cancellationToken);
        return cycles.GroupBy(c => c.ContractId).ToDictionary(g => g.Key, g => (IReadOnlyList<ContractCycleDto>)[.. g]);
    }

    /// <summary>How far past the period cycles are read: the next cycle of a quarterly contract billed in advance.</summary>
    private const int CycleLookaheadDays = 100;

    /// <summary>The billings that items are marked in or that hold the lines read.</summary>
    private async Task<Dictionary<Guid, BillingRef>> BillingsAsync(LoggedWorkDto logged, List<BilledLineRow> lines, CancellationToken cancellationToken)
    {
        var ids = logged.Entries.SelectMany(e => new[] { e.BilledInBillingId, e.TravelBilledInBillingId })
            .Concat(logged.Extras.Select(x => x.BilledInBillingId))
            .OfType<Guid>()
            .Concat(lines.Select(l => l.BillingId))
            .Distinct()
            .ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Billings.AsNoTracking().Where(b => ids.Contains(b.Id))
            .Select(b => new BillingRef(b.Id, b.Number, b.ClientId, b.Reversed))
            .ToDictionaryAsync(b => b.Id, cancellationToken);
    }
}
