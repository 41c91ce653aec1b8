using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Reconciliation;

/// <summary>One entry's share of a billed cycle: raw minutes and money in one bucket.</summary>
internal sealed record EntryPart(Guid EntryId, ReconciliationBucket Bucket, int RawMinutes, decimal? Amount);

/// <summary>
/// Splits a billed cycle's consumption into covered and excess without re-pricing it. The excess billed (money, from the
/// billing lines) is turned back into billable minutes — Horas: money ÷ the excess hour rate; Crédito: the billed
/// minutes in the proportion excess ÷ consumed credit; other modalities bill no minutes as excess — and those minutes
/// are the cycle's last ones (by date, ticket, entry): the allowance is used first. Each entry's raw minutes follow its
/// billed minutes in proportion, so the buckets add up to the raw minutes logged; rounding is reported apart.
/// Rules: docs/decisions/0035-reconciliation.md.
/// </summary>
internal static class ExcessAllocation
{
    public static IReadOnlyList<EntryPart> Split(ContractModality modality, IReadOnlyList<ExplanationEntryDto> entries, decimal excessMoney, decimal hourRate)
    {
        var billedTotal = entries.Sum(e => e.BilledMinutes);
        var consumedMoney = entries.Sum(e => e.Value ?? 0m);
        var excessMinutes = modality switch
        {
            var m when m.UsesHours() && hourRate > 0 => (int)Math.Round(excessMoney * 60m / hourRate, MidpointRounding.AwayFromZero),
            var m when m.UsesCredit() && consumedMoney > 0 => (int)Math.Round(billedTotal * excessMoney / consumedMoney, MidpointRounding.AwayFromZero),
            _ => 0,
        };
        excessMinutes = Math.Clamp(excessMinutes, 0, billedTotal);
        var coveredLeft = billedTotal - excessMinutes;
        var split = new List<(ExplanationEntryDto Entry, int Covered, int Excess)>();
        foreach (var entry in entries)
        {
            var covered = Math.Min(coveredLeft, entry.BilledMinutes);
            coveredLeft -= covered;
            split.Add((entry, covered, entry.BilledMinutes - covered));
        }

        var parts = new List<EntryPart>();
        var lastExcess = split.FindLastIndex(s => s.Excess > 0);
        var moneyLeft = excessMoney;
        for (var i = 0; i < split.Count; i++)
        {
            var (entry, covered, excess) = split[i];
            var coveredRaw = entry.BilledMinutes == 0 ? entry.RawMinutes : (int)Math.Round((decimal)entry.RawMinutes * covered / entry.BilledMinutes, MidpointRounding.AwayFromZero);
            if (excess == 0 || coveredRaw > 0)
            {
                var coveredMoney = modality.UsesCredit() && entry.BilledMinutes > 0 ? Money.Round((entry.Value ?? 0m) * covered / entry.BilledMinutes) : (decimal?)null;
                parts.Add(new(entry.EntryId, ReconciliationBucket.CoveredByContract, coveredRaw, coveredMoney));
            }

            if (excess > 0)
            {
                // The last excess part takes what is left, so the parts add up to the billed excess exactly.
                var amount = i == lastExcess ? moneyLeft : Money.Round(excessMoney * excess / excessMinutes);
                moneyLeft -= amount;
                parts.Add(new(entry.EntryId, ReconciliationBucket.BilledAsExcess, entry.RawMinutes - coveredRaw, amount));
            }
        }

        // Excess billed without minutes (tickets over the limit, or a rate of zero) still shows, on the cycle's last entry.
        if (lastExcess < 0 && excessMoney != 0 && split.Count > 0)
        {
            parts.Add(new(split[^1].Entry.EntryId, ReconciliationBucket.BilledAsExcess, 0, excessMoney));
        }

        return parts;
    }
}
