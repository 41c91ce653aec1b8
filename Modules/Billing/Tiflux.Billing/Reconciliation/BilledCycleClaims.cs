using System.Text.Json;
using Tiflux.Billing.Pending;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Reconciliation;

/// <summary>
/// Contract time of billed cycles, claimed from what the billing recorded — never recomputed: the entries listed in the
/// explanation of the cycle's lines (or of its latest adjustment) are its billed consumption, the amounts of its excess
/// and adjustment lines are the excess billed. <see cref="ExcessAllocation"/> splits the minutes into covered and excess.
/// </summary>
internal static class BilledCycleClaims
{
    public static void Add(ClaimBook book, ReconciliationSources sources)
    {
        var groups = sources.CycleLines.GroupBy(l => (ContractId: l.ContractId!.Value, Cycle: BilledCycleOf(l)));
        foreach (var group in groups)
        {
            if (!sources.Contracts.TryGetValue(group.Key.ContractId, out var contract)
                || sources.Cycles.GetValueOrDefault(contract.Id)?.FirstOrDefault(c => c.Index == group.Key.Cycle) is not { ExcessPeriod: { } period } cycle
                || period.End < sources.Request.From || period.Start > sources.Request.To)
            {
                continue;
            }

            AddCycle(book, sources, contract, cycle, period, [.. group]);
        }
    }

    /// <summary>The billed cycle a line belongs to: its own, or for an adjustment the cycle it adjusts.</summary>
    private static int BilledCycleOf(BilledLineRow line) =>
        line.Kind == PendingLineKind.CycleAdjustment ? CycleAdjustments.AdjustedCycle(line.Key) : line.CycleIndex!.Value;

    private static void AddCycle(ClaimBook book, ReconciliationSources sources, ContractTermsDto contract, ContractCycleDto cycle, ConsumptionPeriodDto period, List<BilledLineRow> lines)
    {
        var consumption = BilledConsumption(lines);
        var excessMoney = lines.Where(l => CycleAdjustments.IsExcess(l.Kind) || l.Kind == PendingLineKind.CycleAdjustment).Sum(l => l.Amount);
        var parts = ExcessAllocation.Split(contract.Modality, consumption, excessMoney, period.Rider.SurplusHourRate ?? 0m);
        var billing = lines.Where(l => l.Kind != PendingLineKind.CycleAdjustment).Select(l => sources.Billings.GetValueOrDefault(l.BillingId)?.Number).FirstOrDefault();
        var source = $"ciclo faturado #{billing}";
        var note = $"contrato #{contract.Number}, ciclo {PtBr.Period(cycle.Start, cycle.End)} (faturamento #{billing})";
        foreach (var entry in consumption)
        {
            if (!book.IsLogged(ReconciliationFamily.Time, entry.EntryId))
            {
                ReportMissing(book, sources, entry, billing);
                continue;
            }

            book.AddRounding(book.ClientOf(ReconciliationFamily.Time, entry.EntryId), entry.BilledMinutes - entry.RawMinutes);
            foreach (var part in parts.Where(p => p.EntryId == entry.EntryId))
            {
                book.Claim(ReconciliationFamily.Time, entry.EntryId, source, part.Bucket, part.RawMinutes, part.Amount, note);
            }
        }
    }

    /// <summary>A billed entry dated in the period that no longer exists as logged (deleted, moved, re-dated after billing).</summary>
    private static void ReportMissing(ClaimBook book, ReconciliationSources sources, ExplanationEntryDto entry, int? billing)
    {
        // The explanation names the entry's client (a shared-credit member may not be the contract's); names outside the
        // report's clients are another client's work.
        var client = sources.ClientNames.FirstOrDefault(n => n.Value == entry.ClientName).Key;
        if (client != Guid.Empty && sources.InPeriod(entry.Date) && sources.InScope(client))
        {
            book.Problem(client, new(ReconciliationFamily.Time,
                $"Apontamento faturado no ciclo (faturamento #{billing}) não existe mais como faturado: excluído ou alterado depois do faturamento",
                entry.EntryId, entry.TicketNumber, entry.Date, entry.RawMinutes, entry.Value, billing));
        }
    }

    /// <summary>
    /// The non-warranty entries the cycle was billed with: those of its latest adjustment when it has one (an adjustment
    /// bills the cycle's consumption as it then was), otherwise those listed on its own lines.
    /// </summary>
    private static List<ExplanationEntryDto> BilledConsumption(List<BilledLineRow> lines)
    {
        var adjustment = lines.Where(l => l.Kind == PendingLineKind.CycleAdjustment).MaxBy(l => int.Parse(l.Key.Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture));
        var explained = (adjustment is null ? lines : [adjustment])
            .SelectMany(l => Entries(l.ExplanationJson))
            .Where(e => !e.Warranty)
            .DistinctBy(e => e.EntryId);
        return [.. explained.OrderBy(e => e.Date).ThenBy(e => e.TicketNumber).ThenBy(e => e.EntryId)];
    }

    private static IReadOnlyList<ExplanationEntryDto> Entries(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<LineExplanationDto>(json)?.Entries ?? [];
}
