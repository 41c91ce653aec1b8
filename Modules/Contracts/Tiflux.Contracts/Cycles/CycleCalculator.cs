using Tiflux.Contracts.Agreements;
using System.Globalization;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Cycles;

/// <summary>
/// Cuts a contract's life into monthly cycles. Rules (docs/decisions/0005-contract-cycles.md):
/// a cycle is billed by the rider in force on its first day, else the first rider starting inside it (no proration);
/// in advance, the due date is the first rider due day on or after the cycle start; in arrears, the first one after
/// the cycle end; a cycle is pending billing from its due date minus the contract's "bill N days before".
/// </summary>
internal static class CycleCalculator
{
    /// <summary>
    /// Why the contract's cycles cannot be computed, or null. Validation keeps new dates inside
    /// <see cref="BusinessDates"/>; this guards rows stored before it (as ±infinity) so they surface as one line.
    /// </summary>
    public static string? ScheduleProblem(Contract contract)
    {
        if (IsSchedulable(contract))
        {
            return null;
        }

        var dates = new (string Label, DateOnly? Date)[]
        {
            ("início", contract.StartDate), ("expiração", contract.ExpirationDate), ("cancelamento", contract.CancelledOn),
        }.Concat(contract.Riders.SelectMany(r => new (string Label, DateOnly? Date)[]
        {
            ($"início do aditivo {r.Release}", r.StartDate), ($"fim do aditivo {r.Release}", r.EndDate),
        }));
        var outside = dates.FirstOrDefault(d => !BusinessDates.Contains(d.Date));
        return outside.Label is null
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"Os ciclos do contrato não podem ser calculados: data de {outside.Label} ({Show(outside.Date!.Value)}) fora do intervalo permitido. {BusinessDates.OutOfRangeMessage} Corrija a data no contrato (Editar).");
    }

    /// <summary>The cheap check the cycle walks make on every call; <see cref="ScheduleProblem"/> words the failure.</summary>
    private static bool IsSchedulable(Contract contract) =>
        BusinessDates.Contains(contract.StartDate) && BusinessDates.Contains(contract.ExpirationDate) && BusinessDates.Contains(contract.CancelledOn)
        && contract.Riders.TrueForAll(r => BusinessDates.Contains(r.StartDate) && BusinessDates.Contains(r.EndDate));

    private static string Show(DateOnly date) =>
        date == DateOnly.MinValue || date == DateOnly.MaxValue ? "inválida" : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static (DateOnly Start, DateOnly End) WindowContaining(Contract contract, DateOnly date)
    {
        if (contract.CycleAnchor == CycleAnchor.CalendarMonth)
        {
            var first = new DateOnly(date.Year, date.Month, 1);
            return (first, first.AddMonths(1).AddDays(-1));
        }

        var anchorDay = contract.StartDate.Day;
        var start = AnchorIn(date.Year, date.Month, anchorDay);
        if (date < start)
        {
            var previous = start.AddMonths(-1);
            start = AnchorIn(previous.Year, previous.Month, anchorDay);
        }

        var next = start.AddMonths(1);
        return (start, AnchorIn(next.Year, next.Month, anchorDay).AddDays(-1));
    }

    public static ContractCycle? CycleContaining(Contract contract, DateOnly date)
    {
        if (date < contract.StartDate || !BusinessDates.Contains(date) || !IsSchedulable(contract))
        {
            return null;
        }

        var (start, end) = WindowContaining(contract, date);
        return Build(contract, start, end);
    }

    /// <summary>Cycles from the one containing <paramref name="from"/> (or the first) onwards, until the contract's life ends.</summary>
    public static IEnumerable<ContractCycle> CyclesFrom(Contract contract, DateOnly? from = null)
    {
        if (contract.Riders.Count == 0 || !IsSchedulable(contract))
        {
            yield break;
        }

        var date = from is { } f && f > contract.StartDate ? f : contract.StartDate;
        var lastDay = contract.LastDay();
        var lastRiderDay = contract.Riders.Any(r => r.EndDate is null) ? null : contract.Riders.Max(r => r.EndDate);
        while ((lastDay is null || date <= lastDay) && (lastRiderDay is null || date <= lastRiderDay))
        {
            var (start, end) = WindowContaining(contract, date);
            if (Build(contract, start, end) is { } cycle)
            {
                yield return cycle;
            }

            date = end.AddDays(1);
        }
    }

    private static ContractCycle? Build(Contract contract, DateOnly start, DateOnly end)
    {
        if (contract.LastDay() is { } lastDay && start > lastDay)
        {
            return null;
        }

        var rider = contract.Riders.FirstOrDefault(r => r.IsInForceOn(start))
            ?? contract.Riders.Where(r => r.StartDate > start && r.StartDate <= end).MinBy(r => r.StartDate);
        if (rider is null)
        {
            return null;
        }

        var due = contract.BillingTiming == BillingTiming.InAdvance
            ? FirstDayOnOrAfter(start, rider.DueDay)
            : FirstDayOnOrAfter(end.AddDays(1), rider.DueDay);
        var (firstStart, _) = WindowContaining(contract, contract.StartDate);
        var index = ((start.Year - firstStart.Year) * 12) + start.Month - firstStart.Month + 1;
        return new ContractCycle(index, start, end, due, due.AddDays(-contract.BillingDaysBefore), rider);
    }

    private static DateOnly FirstDayOnOrAfter(DateOnly date, int day)
    {
        var candidate = new DateOnly(date.Year, date.Month, day);
        return candidate >= date ? candidate : candidate.AddMonths(1);
    }

    private static DateOnly AnchorIn(int year, int month, int anchorDay) =>
        new(year, month, Math.Min(anchorDay, DateTime.DaysInMonth(year, month)));
}
