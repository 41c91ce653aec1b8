using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Pending;

/// <summary>
/// Work logged, edited or removed in a cycle that is already billed (domain §8 #6): the billed cycle is not rebilled;
/// its excess is recomputed with today's entries, by its own rider and rules (and, for Horas Cumulativas, the balance
/// it had), and the difference from what was billed for it (excess plus earlier adjustments) becomes one line on the
/// contract's next pending cycle. Billing that line makes the difference zero; reversing it brings it back.
/// </summary>
internal static class CycleAdjustments
{
    private static readonly PendingLineKind[] ExcessKinds = [PendingLineKind.HoursExcess, PendingLineKind.TicketExcess, PendingLineKind.CreditExcess];

    public static bool IsExcess(PendingLineKind kind) => ExcessKinds.Contains(kind);

    /// <summary>The key of the <paramref name="sequence"/>-th adjustment of cycle <paramref name="adjusted"/>, carried by <paramref name="targetGroup"/>.</summary>
    public static string Key(string targetGroup, int adjusted, int sequence) => $"{targetGroup}:adjust:{adjusted}:{sequence}";

    /// <summary>The adjusted cycle's index in an adjustment line's key.</summary>
    public static int AdjustedCycle(string key)
    {
        var parts = key.Split(':');
        return int.Parse(parts[^2], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The adjustment line for a billed cycle, or null when what was billed still matches the work.</summary>
    public static PendingLineDto? For(CycleInput billedCycle, CycleResult recomputed, BilledAmounts billed, ContractCycleDto target, string targetClientName)
    {
        var excess = recomputed.Lines.Where(l => IsExcess(l.Kind)).Sum(l => l.Amount);
        var delta = excess - billed.Excess - billed.Adjustments;
        if (delta == 0)
        {
            return null;
        }

        var contract = billedCycle.Contract;
        var period = billedCycle.Cycle.ExcessPeriod!;
        var group = CyclePricer.GroupKey(contract.Id, target.Index);
        var key = Key(group, billedCycle.Cycle.Index, billed.AdjustmentCount + 1);
        var consumption = Consumption.From(billedCycle);
        var what = Difference(contract, period, delta);
        var facts = new List<ExplanationFactDto>
        {
            new("Ciclo ajustado", $"{billedCycle.Cycle.Index}: {PtBr.Period(billedCycle.Cycle.Start, billedCycle.Cycle.End)} (já faturado)"),
            new("Excedente recalculado com os apontamentos atuais", PtBr.Money(excess)),
            new("Já faturado para o ciclo", $"{PtBr.Money(billed.Excess)} de excedente" + (billed.AdjustmentCount > 0 ? $" + {PtBr.Money(billed.Adjustments)} em {billed.AdjustmentCount} ajuste(s)" : "")),
            new("Consumo atual do ciclo", $"{PtBr.Hhmm(consumption.BilledMinutes)}" + (consumption.Money > 0 ? $" ({PtBr.Money(consumption.Money)})" : "")),
        };
        var explanation = new LineExplanationDto(
            "Ajuste de ciclo já faturado: apontamentos incluídos, alterados ou excluídos depois do faturamento; o ciclo não é refaturado, a diferença vai no próximo faturamento",
            $"{PtBr.Money(excess)} − {PtBr.Money(billed.Excess + billed.Adjustments)} = {PtBr.Money(delta)}",
            facts, consumption.Explained, period.Rider.Id, period.Rider.Release);
        return new PendingLineDto(
            key, group, PendingLineKind.CycleAdjustment, contract.ClientId, targetClientName, contract.Id, contract.Name, target.Index, null, null,
            target.PendingFrom, target.DueDate, period.Start, period.End,
            $"Ajuste do ciclo {PtBr.Period(period.Start, period.End)}: {what}", 1, "un", delta, delta, true, explanation);
    }

    private static string Difference(ContractTermsDto contract, ConsumptionPeriodDto period, decimal delta)
    {
        var sign = delta > 0 ? "+" : "−";
        return contract.Modality switch
        {
            var family when family.UsesHours() && period.Rider.SurplusHourRate is > 0 =>
                $"{sign}{PtBr.Hhmm((int)Math.Round(Math.Abs(delta) / period.Rider.SurplusHourRate.Value * 60m))} além do faturado",
            ContractModality.PerTicket when period.Rider.ExtraTicketValue is > 0 =>
                $"{sign}{Math.Round(Math.Abs(delta) / period.Rider.ExtraTicketValue.Value)} ticket(s) além do faturado",
            _ => $"{sign}{PtBr.Money(Math.Abs(delta))} de consumo além do faturado",
        };
    }
}

/// <summary>What active billings hold for one contract cycle: its excess lines and the adjustments made to it since.</summary>
internal sealed record BilledAmounts(decimal Excess, decimal Adjustments, int AdjustmentCount);
