using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Pending;

/// <summary>
/// Prices one contract cycle: the fixed part (fee, SaaS items or credit), the rider discount, and the excess of the
/// consumption period billed with it. Pure: the same input gives the same lines. Rules: docs/decisions/0006-billing-rules.md.
/// </summary>
internal static partial class CyclePricer
{
    public static CycleResult Price(CycleInput input)
    {
        var lines = new List<PendingLineDto>();
        var movements = new List<LedgerMovement>();
        var consumption = Consumption.From(input);
        var fixedLines = FixedLines(input, consumption).ToList();
        lines.AddRange(fixedLines);
        if (Discount(input, fixedLines.Sum(l => l.Amount)) is { } discount)
        {
            lines.Add(discount);
        }

        if (input.Cycle.ExcessPeriod is { } period)
        {
            var balanceFacts = new List<ExplanationFactDto>();
            var excess = input.Contract.Modality switch
            {
                ContractModality.Hours => HoursExcess(input, period, consumption),
                ContractModality.CumulativeHours => CumulativeExcess(input, period, consumption, movements, balanceFacts),
                ContractModality.PerTicket => TicketExcess(input, period),
                var family when family.UsesCredit() => CreditExcess(input, period, consumption, movements),
                _ => null,
            };
            if (excess is not null)
            {
                lines.Add(excess);
            }

            // The carried balance explains the cycle even when nothing exceeds it: show it on the fee line too.
            if (balanceFacts.Count > 0 && lines.FindIndex(l => l.Kind == PendingLineKind.ContractFee) is var fee and >= 0)
            {
                lines[fee] = lines[fee] with { Explanation = lines[fee].Explanation with { Facts = [.. lines[fee].Explanation.Facts, .. balanceFacts] } };
            }
        }

        return new CycleResult(lines, movements);
    }

    private static IEnumerable<PendingLineDto> FixedLines(CycleInput input, Consumption consumption)
    {
        var rider = input.Cycle.Rider;
        var cycleText = PtBr.Period(input.Cycle.Start, input.Cycle.End);
        var facts = BaseFacts(input).Concat(consumption.Facts(input)).ToList();
        switch (input.Contract.Modality)
        {
            case ContractModality.SaasProduct:
                for (var i = 0; i < rider.Items.Count; i++)
                {
                    var item = rider.Items[i];
                    yield return Line(input, $"item:{i}", PendingLineKind.SaasItem, $"{item.Name} ({cycleText})", item.Quantity, "un", item.MonthlyValue, item.Total,
                        new("Produto/SaaS: valor mensal × quantidade", $"{item.Quantity} × {PtBr.Money(item.MonthlyValue)} = {PtBr.Money(item.Total)}", facts, i == 0 ? consumption.Explained : [], rider.Id, rider.Release));
                }

                break;
            case var family when family.UsesCredit():
                if (rider.Tax is > 0)
                {
                    yield return Line(input, "credit-fee", PendingLineKind.CreditFee, $"Taxa fixa mensal ({cycleText})", 1, "un", rider.Tax.Value, rider.Tax.Value,
                        new("Crédito: taxa fixa mensal, que não vira crédito", PtBr.Money(rider.Tax.Value), facts, [], rider.Id, rider.Release));
                }

                yield return Line(input, "credit", PendingLineKind.CreditAllowance, $"Crédito mensal ({cycleText})", 1, "un", rider.Value, rider.Value,
                    new("Crédito: valor mensal pré-pago, consumido pelos apontamentos às taxas por tipo de atendimento", PtBr.Money(rider.Value), facts, consumption.Explained, rider.Id, rider.Release));
                break;
            default:
                yield return Line(input, "fee", PendingLineKind.ContractFee, $"Mensalidade ({cycleText})", 1, "un", rider.Value, rider.Value,
                    new($"{ModalityName(input.Contract.Modality)}: valor fixo do ciclo", PtBr.Money(rider.Value), facts, consumption.Explained, rider.Id, rider.Release));
                break;
        }
    }

    private static PendingLineDto? Discount(CycleInput input, decimal fixedTotal)
    {
        var rider = input.Cycle.Rider;
        if (rider.DiscountValue <= 0 || fixedTotal <= 0)
        {
            return null;
        }

        var (amount, formula) = rider.DiscountType == DiscountType.Percent
            ? (Money.Round(fixedTotal * rider.DiscountValue / 100m), $"{PtBr.Percent(rider.DiscountValue)} × {PtBr.Money(fixedTotal)}")
            : (Math.Min(rider.DiscountValue, fixedTotal), rider.DiscountValue > fixedTotal
                ? $"{PtBr.Money(rider.DiscountValue)}, limitado ao valor fixo {PtBr.Money(fixedTotal)}"
                : PtBr.Money(rider.DiscountValue));
        return Line(input, "discount", PendingLineKind.RiderDiscount, "Desconto do adendo", 1, "un", -amount, -amount,
            new("Desconto do adendo, abatido do valor fixo do ciclo", $"{formula} = {PtBr.Money(amount)}", BaseFacts(input).ToList(), [], rider.Id, rider.Release));
    }

    private static PendingLineDto Line(CycleInput input, string suffix, PendingLineKind kind, string description, decimal quantity, string unit, decimal unitValue, decimal amount, LineExplanationDto explanation, ConsumptionPeriodDto? period = null)
    {
        var cycle = input.Cycle;
        var group = GroupKey(cycle.ContractId, cycle.Index);
        return new PendingLineDto(
            $"{group}:{suffix}", group, kind, input.Contract.ClientId, input.ClientName, input.Contract.Id, input.Contract.Name, cycle.Index,
            null, null, cycle.PendingFrom, cycle.DueDate, period?.Start ?? cycle.Start, period?.End ?? cycle.End, description, quantity, unit,
            unitValue, amount, true, explanation);
    }

    public static string GroupKey(Guid contractId, int cycleIndex) => $"cycle:{contractId}:{cycleIndex}";

    private static IEnumerable<ExplanationFactDto> BaseFacts(CycleInput input)
    {
        var c = input.Cycle;
        yield return new("Contrato", $"#{input.Contract.Number} {input.Contract.Name} ({ModalityName(input.Contract.Modality)})");
        yield return new("Ciclo", $"{c.Index}: {PtBr.Period(c.Start, c.End)}");
        yield return new("Adendo", $"versão {c.Rider.Release}, vigente desde {PtBr.Date(c.Rider.StartDate)}");
        yield return new("Faturamento", input.Contract.BillingTiming == BillingTiming.InAdvance ? "antecipado" : "posterior");
        yield return new("Vencimento", $"{PtBr.Date(c.DueDate)} (pendente desde {PtBr.Date(c.PendingFrom)})");
    }

    public static string ModalityName(ContractModality modality) => modality switch
    {
        ContractModality.Free => "Livre",
        ContractModality.PerTicket => "Limite de Atendimento",
        ContractModality.SaasProduct => "Produto/SaaS",
        ContractModality.Hours => "Horas",
        ContractModality.CumulativeHours => "Horas Cumulativas",
        ContractModality.Credit => "Crédito",
        _ => "Crédito compartilhado",
    };
}
