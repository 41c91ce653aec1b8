using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Pending;

/// <summary>The excess lines: hours over the included ones, tickets over the included ones.</summary>
internal static partial class CyclePricer
{
    private static PendingLineDto? HoursExcess(CycleInput input, ConsumptionPeriodDto period, Consumption consumption)
    {
        var included = period.Rider.IncludedMinutes ?? 0;
        var excess = Math.Max(0, consumption.BilledMinutes - included);
        if (excess == 0)
        {
            return null;
        }

        var rate = period.Rider.SurplusHourRate ?? 0m;
        var amount = Money.ForMinutes(excess, rate);
        return ExcessLine(input, period, "hours-excess", PendingLineKind.HoursExcess, $"Horas excedentes ({PtBr.Period(period.Start, period.End)})",
            Math.Round(excess / 60m, 4), "h", rate, amount,
            "Horas: (horas usadas − horas incluídas) × valor da hora excedente",
            $"({PtBr.Hhmm(consumption.BilledMinutes)} − {PtBr.Hhmm(included)}) × {PtBr.Money(rate)}/h = {PtBr.Hhmm(excess)} × {PtBr.Money(rate)}/h = {PtBr.Money(amount)}",
            consumption);
    }

    private static PendingLineDto? TicketExcess(CycleInput input, ConsumptionPeriodDto period)
    {
        var included = period.Rider.IncludedTickets ?? 0;
        var counted = input.CountedTicketNumbers.Count;
        var extra = Math.Max(0, counted - included);
        if (extra == 0)
        {
            return null;
        }

        var value = period.Rider.ExtraTicketValue ?? 0m;
        var amount = Money.Round(extra * value);
        var facts = new List<ExplanationFactDto>
        {
            new("Tickets contados", $"{counted}: " + string.Join(", ", input.CountedTicketNumbers.Select(n => "#" + n))),
            new("Tickets incluídos", included.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        return Line(input, "ticket-excess", PendingLineKind.TicketExcess, $"Tickets excedentes ({PtBr.Period(period.Start, period.End)})", extra, "ticket", value, amount,
            new("Limite de Atendimento: (tickets no ciclo − incluídos) × valor do ticket excedente; cada ticket conta uma vez, no ciclo do seu primeiro apontamento",
                $"({counted} − {included}) × {PtBr.Money(value)} = {PtBr.Money(amount)}", facts, [], period.Rider.Id, period.Rider.Release),
            period);
    }

    private static PendingLineDto ExcessLine(CycleInput input, ConsumptionPeriodDto period, string suffix, PendingLineKind kind, string description, decimal quantity, string unit, decimal unitValue, decimal amount, string rule, string formula, Consumption consumption, IEnumerable<ExplanationFactDto>? extraFacts = null) =>
        Line(input, suffix, kind, description, quantity, unit, unitValue, amount,
            new(rule, formula, [.. consumption.Facts(input), .. extraFacts ?? []], consumption.Explained, period.Rider.Id, period.Rider.Release), period);
}
