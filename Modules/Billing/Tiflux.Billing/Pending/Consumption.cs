using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Pending;

/// <summary>
/// The consumption of a cycle's excess period: raw and billed minutes per entry (time rounding applied per entry),
/// and for credit contracts each entry's value at its rider's rate for its attendance mode. Warranty entries are listed
/// but never count.
/// </summary>
internal sealed class Consumption
{
    private Consumption(IReadOnlyList<ExplanationEntryDto> explained, int rawMinutes, int billedMinutes, decimal money, IReadOnlyDictionary<Guid, decimal> moneyByClient)
    {
        Explained = explained;
        RawMinutes = rawMinutes;
        BilledMinutes = billedMinutes;
        Money = money;
        MoneyByClient = moneyByClient;
    }

    public IReadOnlyList<ExplanationEntryDto> Explained { get; }

    public int RawMinutes { get; }

    public int BilledMinutes { get; }

    public decimal Money { get; }

    public IReadOnlyDictionary<Guid, decimal> MoneyByClient { get; }

    public static Consumption From(CycleInput input)
    {
        var contract = input.Contract;
        var isCredit = contract.Modality.UsesCredit();
        var riders = contract.Riders.ToDictionary(r => r.Id);
        var explained = new List<ExplanationEntryDto>();
        var (raw, billed, money) = (0, 0, 0m);
        var byClient = new Dictionary<Guid, decimal>();
        foreach (var entry in input.PeriodEntries.OrderBy(e => e.Date).ThenBy(e => e.TicketNumber).ThenBy(e => e.EntryId))
        {
            var billedMinutes = entry.Warranty ? 0 : TimeRounding.Billed(entry.Minutes, contract.TimeRoundingIncrementMinutes, contract.MinimumMinutesPerEntry);
            decimal? value = null;
            if (isCredit)
            {
                var rate = riders.TryGetValue(entry.RiderId, out var rider) ? rider.RateFor(entry.Mode) ?? 0m : 0m;
                value = SharedKernel.Money.ForMinutes(billedMinutes, rate);
                money += value.Value;
                byClient[entry.ClientId] = byClient.GetValueOrDefault(entry.ClientId) + value.Value;
            }

            if (!entry.Warranty)
            {
                raw += entry.Minutes;
                billed += billedMinutes;
            }

            explained.Add(new ExplanationEntryDto(
                entry.EntryId, entry.TicketNumber, entry.Date, input.ClientNames.GetValueOrDefault(entry.ClientId, ""),
                entry.Mode.Portuguese(), entry.Minutes, billedMinutes, value, entry.Warranty, entry.Reviewed,
                entry.TechnicianName, entry.Description));
        }

        return new Consumption(explained, raw, billed, money, byClient);
    }

    public IEnumerable<ExplanationFactDto> Facts(CycleInput input)
    {
        if (input.Cycle.ExcessPeriod is not { } period)
        {
            yield return new("Consumo", "primeiro ciclo antecipado: nenhum consumo anterior a faturar");
            yield break;
        }

        yield return new("Período de consumo", $"ciclo {period.Index}: {PtBr.Period(period.Start, period.End)}");
        var contract = input.Contract;
        if (contract.TimeRoundingIncrementMinutes > 0 || contract.MinimumMinutesPerEntry > 0)
        {
            yield return new("Arredondamento", $"para cima em múltiplos de {contract.TimeRoundingIncrementMinutes} min, mínimo de {contract.MinimumMinutesPerEntry} min por apontamento");
        }

        yield return new("Horas apontadas", $"{PtBr.Hhmm(RawMinutes)} brutas, {PtBr.Hhmm(BilledMinutes)} faturáveis (garantia não conta)");
        switch (contract.Modality)
        {
            case var family when family.UsesHours():
                yield return new("Horas incluídas", PtBr.Hhmm(period.Rider.IncludedMinutes ?? 0));
                break;
            case var family when family.UsesCredit():
                yield return new("Crédito do período", PtBr.Money(period.Rider.Value));
                yield return new("Crédito consumido", PtBr.Money(Money));
                yield return new("Saldo", PtBr.Money(period.Rider.Value - Money));
                if (contract.Modality.SharesWithMembers())
                {
                    foreach (var (clientId, value) in MoneyByClient.OrderBy(kv => input.ClientNames.GetValueOrDefault(kv.Key, ""), StringComparer.Ordinal))
                    {
                        yield return new($"Consumo de {input.ClientNames.GetValueOrDefault(clientId, "?")}", PtBr.Money(value));
                    }
                }

                break;
            case ContractModality.Free:
                yield return new("Limite", "uso ilimitado: as horas são só informativas");
                break;
            default:
                break;
        }
    }
}
