using Tiflux.Billing.Ledger;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Pending;

internal static partial class CyclePricer
{
    /// <summary>
    /// Horas Cumulativas: expired lots go first; then the carried lots are consumed oldest first, then the period's
    /// included hours; what is left of the included hours becomes a new lot (capped on the total balance, expiring
    /// after the configured number of cycles); anything beyond is excess. No borrowing from future cycles.
    /// </summary>
    private static PendingLineDto? CumulativeExcess(CycleInput input, ConsumptionPeriodDto period, Consumption consumption, List<LedgerMovement> movements, List<ExplanationFactDto> balanceFacts)
    {
        var contract = input.Contract;
        var (lots, expired) = UnexpiredLots(input, period, movements);
        var used = consumption.BilledMinutes;
        var toConsume = used;
        foreach (var lot in lots)
        {
            var take = Math.Min(lot.RemainingMinutes, toConsume);
            if (take > 0)
            {
                movements.Add(new(LedgerKind.HoursOut, period.Index, take, 0m, lot.LotCycleIndex, lot.ExpiresAfterCycle));
                toConsume -= take;
            }
        }

        var carried = lots.Sum(l => l.RemainingMinutes);
        var included = period.Rider.IncludedMinutes ?? 0;
        var fromIncluded = Math.Min(included, toConsume);
        var excess = toConsume - fromIncluded;
        var remainingLots = carried - (used - toConsume);
        var leftover = included - fromIncluded;
        var newLot = contract.RolloverCapMinutes is { } cap ? Math.Max(0, Math.Min(leftover, cap - remainingLots)) : leftover;
        int? expiresAfter = contract.RolloverExpiryCycles is { } cycles ? period.Index + cycles : null;
        if (newLot > 0)
        {
            movements.Add(new(LedgerKind.HoursIn, period.Index, newLot, 0m, period.Index, expiresAfter));
        }

        var facts = new List<ExplanationFactDto>
        {
            new("Saldo acumulado disponível", $"{PtBr.Hhmm(carried)} (expiraram {PtBr.Hhmm(expired)})"),
            new("Disponível no ciclo", $"{PtBr.Hhmm(included)} incluídas + {PtBr.Hhmm(carried)} acumuladas = {PtBr.Hhmm(included + carried)}"),
            new("Novo saldo acumulado", $"{PtBr.Hhmm(remainingLots + newLot)}" + (leftover > newLot ? $" (limite de {PtBr.Hhmm(contract.RolloverCapMinutes ?? 0)} descartou {PtBr.Hhmm(leftover - newLot)})" : "")),
        };
        balanceFacts.AddRange(facts);
        if (excess == 0)
        {
            return null;
        }

        var rate = period.Rider.SurplusHourRate ?? 0m;
        var amount = Money.ForMinutes(excess, rate);
        return ExcessLine(input, period, "hours-excess", PendingLineKind.HoursExcess, $"Horas excedentes ({PtBr.Period(period.Start, period.End)})",
            Math.Round(excess / 60m, 4), "h", rate, amount,
            "Horas Cumulativas: (horas usadas − horas incluídas − saldo acumulado) × valor da hora excedente",
            $"({PtBr.Hhmm(used)} − {PtBr.Hhmm(included)} − {PtBr.Hhmm(carried)}) × {PtBr.Money(rate)}/h = {PtBr.Hhmm(excess)} × {PtBr.Money(rate)}/h = {PtBr.Money(amount)}",
            consumption, facts);
    }

    /// <summary>The balance lots still alive in <paramref name="period"/>, oldest first; the expired ones leave the ledger.</summary>
    private static (List<HourLot> Lots, int ExpiredMinutes) UnexpiredLots(CycleInput input, ConsumptionPeriodDto period, List<LedgerMovement> movements)
    {
        var lots = new List<HourLot>();
        var expired = 0;
        foreach (var lot in input.Lots.Where(l => l.RemainingMinutes > 0).OrderBy(l => l.LotCycleIndex))
        {
            if (lot.ExpiresAfterCycle is { } last && last < period.Index)
            {
                movements.Add(new(LedgerKind.HoursExpired, period.Index, lot.RemainingMinutes, 0m, lot.LotCycleIndex, lot.ExpiresAfterCycle));
                expired += lot.RemainingMinutes;
            }
            else
            {
                lots.Add(lot);
            }
        }

        return (lots, expired);
    }

    /// <summary>Crédito (and compartilhado): consumption at per-mode rates; what exceeds the period's credit is billed.</summary>
    private static PendingLineDto? CreditExcess(CycleInput input, ConsumptionPeriodDto period, Consumption consumption, List<LedgerMovement> movements)
    {
        var credit = period.Rider.Value;
        var used = Math.Min(credit, consumption.Money);
        movements.Add(new(LedgerKind.CreditIn, period.Index, 0, credit, null, null));
        if (used > 0)
        {
            movements.Add(new(LedgerKind.CreditOut, period.Index, 0, used, null, null));
        }

        if (credit - used > 0)
        {
            movements.Add(new(LedgerKind.CreditExpired, period.Index, 0, credit - used, null, null));
        }

        var excess = Money.Round(consumption.Money - credit);
        if (excess <= 0)
        {
            return null;
        }

        var rule = input.Contract.Modality.SharesWithMembers()
            ? "Crédito compartilhado: consumo de todos os membros às taxas por tipo de atendimento; o que passa do crédito é cobrado do titular"
            : "Crédito: consumo às taxas por tipo de atendimento; o que passa do crédito é cobrado como excedente";
        return ExcessLine(input, period, "credit-excess", PendingLineKind.CreditExcess, $"Consumo além do crédito ({PtBr.Period(period.Start, period.End)})",
            1, "un", excess, excess, rule, $"{PtBr.Money(consumption.Money)} consumidos − {PtBr.Money(credit)} de crédito = {PtBr.Money(excess)}", consumption);
    }
}
