using Tiflux.Billing.Ledger;
using Tiflux.Contracts.PublicApi;
using static Tiflux.Billing.PublicApi.PendingLineKind;
using static Tiflux.Billing.Tests.Unit.PricingScenario;

namespace Tiflux.Billing.Tests.Unit.Scenarios;

/// <summary>Limite de Atendimento, Horas and Horas Cumulativas. Amounts computed by hand.</summary>
internal static class UsageModalityScenarios
{
    // R$ 600,00 a month, 3 tickets included, R$ 85,50 per extra ticket.
    private static readonly RiderTermsDto PerTicketRider = Rider(1, "2026-01-01", value: 600m) with { IncludedTickets = 3, ExtraTicketValue = 85.50m };

    // R$ 2.000,00 a month, 20:00 included, R$ 150,00 per excess hour (R$ 2,50 a minute).
    private static readonly RiderTermsDto HoursRider = Rider(1, "2026-01-01", value: 2000m) with { IncludedMinutes = 1200, SurplusHourRate = 150m };

    // R$ 1.500,00 a month, 10:00 included, R$ 120,00 per excess hour (R$ 2,00 a minute); leftovers expire after 2 cycles.
    private static readonly RiderTermsDto CumulativeRider = Rider(1, "2026-01-01", value: 1500m) with { IncludedMinutes = 600, SurplusHourRate = 120m };

    public static IEnumerable<PricingScenario> PerTicket()
    {
        yield return new("Limite de Atendimento: no use", ContractModality.PerTicket)
        {
            Riders = [PerTicketRider],
            Lines = [L(ContractFee, 600.00m, "R$ 600,00")],
        };
        yield return new("Limite de Atendimento: exactly 3 of 3 tickets, no excess", ContractModality.PerTicket)
        {
            Riders = [PerTicketRider],
            Entries = ["2026-03-02 Remote 60min #101", "2026-03-09 Remote 60min #102", "2026-03-16 External 60min #103"],
            CountedTickets = [101, 102, 103],
            Lines = [L(ContractFee, 600.00m)],
        };
        yield return new("Limite de Atendimento: one ticket over, the extra ticket with three entries counts once", ContractModality.PerTicket)
        {
            Riders = [PerTicketRider],
            Entries = ["2026-03-02 Remote 60min #101", "2026-03-03 Remote 60min #102", "2026-03-04 Remote 60min #103", "2026-03-05 Remote 30min #104", "2026-03-06 External 90min #104", "2026-03-07 Remote 15min #104"],
            CountedTickets = [101, 102, 103, 104],
            Lines = [L(ContractFee, 600.00m), L(TicketExcess, 85.50m, "(4 − 3) × R$ 85,50 = R$ 85,50")],
            Facts = [("Tickets contados", "4: #101, #102, #103, #104"), ("Tickets incluídos", "3")],
        };
        yield return new("Limite de Atendimento: entries on the period's first and last day, two tickets over", ContractModality.PerTicket)
        {
            Riders = [PerTicketRider],
            Entries = ["2026-03-01 Remote 10min #101", "2026-03-10 Remote 10min #102", "2026-03-15 Remote 10min #103", "2026-03-20 Remote 10min #104", "2026-03-31 Remote 10min #105"],
            CountedTickets = [101, 102, 103, 104, 105],
            Lines = [L(ContractFee, 600.00m), L(TicketExcess, 171.00m, "(5 − 3) × R$ 85,50 = R$ 171,00")],
        };
        yield return new("Limite de Atendimento: a warranty-only ticket is listed at zero and not counted", ContractModality.PerTicket)
        {
            Riders = [PerTicketRider],
            Entries = ["2026-03-02 Remote 60min #101", "2026-03-03 Remote 60min #102", "2026-03-04 Remote 60min #103", "2026-03-05 External 45min #104 warranty"],
            CountedTickets = [101, 102, 103],
            Lines = [L(ContractFee, 600.00m)],
            ExplainedEntries = [E(60, 60), E(60, 60), E(60, 60), E(45, 0)],
        };
        yield return new("Limite de Atendimento: in advance, fee of April's rider, excess of March by March's rider", ContractModality.PerTicket)
        {
            Timing = BillingTiming.InAdvance,
            Month = "2026-04",
            Riders = [PerTicketRider with { EndDate = D("2026-03-31") }, Rider(2, "2026-04-01", value: 700m) with { IncludedTickets = 4, ExtraTicketValue = 99.90m }],
            Entries = ["2026-03-02 Remote 60min #101", "2026-03-03 Remote 60min #102", "2026-03-04 Remote 60min #103", "2026-03-05 Remote 60min #104", "2026-03-31 Remote 60min #105"],
            CountedTickets = [101, 102, 103, 104, 105],
            Lines = [L(ContractFee, 700.00m, "R$ 700,00"), L(TicketExcess, 171.00m, "(5 − 3) × R$ 85,50 = R$ 171,00")],
        };
        yield return new("Limite de Atendimento: in advance, first cycle never has excess", ContractModality.PerTicket)
        {
            Timing = BillingTiming.InAdvance,
            FirstCycle = true,
            Month = "2026-01",
            Riders = [PerTicketRider],
            CountedTickets = [101, 102, 103, 104, 105],
            Lines = [L(ContractFee, 600.00m)],
        };
        yield return new("Limite de Atendimento: percent discount applies to the fee only, not to the excess", ContractModality.PerTicket)
        {
            Riders = [PerTicketRider with { DiscountValue = 10m, DiscountType = DiscountType.Percent }],
            CountedTickets = [101, 102, 103, 104],
            Lines = [L(ContractFee, 600.00m), L(RiderDiscount, -60.00m, "10% × R$ 600,00 = R$ 60,00"), L(TicketExcess, 85.50m, "R$ 85,50")],
        };
    }

    public static IEnumerable<PricingScenario> Hours()
    {
        yield return new("Horas: no use", ContractModality.Hours)
        {
            Riders = [HoursRider],
            Lines = [L(ContractFee, 2000.00m, "R$ 2.000,00")],
            Facts = [("Horas apontadas", "00:00 brutas, 00:00 faturáveis (garantia não conta)"), ("Horas incluídas", "20:00")],
        };
        yield return new("Horas: exactly 20:00 of 20:00, no excess", ContractModality.Hours)
        {
            Riders = [HoursRider],
            Entries = ["2026-03-03 Remote 10:00", "2026-03-17 External 10:00"],
            Lines = [L(ContractFee, 2000.00m)],
            Facts = [("Horas apontadas", "20:00 brutas, 20:00 faturáveis (garantia não conta)")],
        };
        yield return new("Horas: one minute over, 20:01 of 20:00 at R$ 150,00/h = R$ 2,50", ContractModality.Hours)
        {
            Riders = [HoursRider],
            Entries = ["2026-03-03 Remote 10:00", "2026-03-17 External 10:01"],
            Lines = [L(ContractFee, 2000.00m), L(HoursExcess, 2.50m, "(20:01 − 20:00) × R$ 150,00/h = 00:01 × R$ 150,00/h = R$ 2,50")],
        };
        yield return new("Horas: entries on the period's first and last day both count", ContractModality.Hours)
        {
            Riders = [HoursRider],
            Entries = ["2026-03-01 Remote 11:40", "2026-03-31 External 8:50"],
            Lines = [L(ContractFee, 2000.00m), L(HoursExcess, 75.00m, "(20:30 − 20:00) × R$ 150,00/h = 00:30 × R$ 150,00/h = R$ 75,00")],
        };
        yield return new("Horas: warranty-only work, listed at zero, no excess", ContractModality.Hours)
        {
            Riders = [HoursRider],
            Entries = ["2026-03-10 Remote 25:00 warranty", "2026-03-11 External 1:00 warranty"],
            Lines = [L(ContractFee, 2000.00m)],
            ExplainedEntries = [E(1500, 0), E(60, 0)],
        };
        yield return new("Horas: in advance, April's fee with March's excess", ContractModality.Hours)
        {
            Timing = BillingTiming.InAdvance,
            Month = "2026-04",
            Riders = [HoursRider],
            Entries = ["2026-03-05 Remote 12:00", "2026-03-25 Internal 10:00"],
            Lines = [L(ContractFee, 2000.00m), L(HoursExcess, 300.00m, "(22:00 − 20:00) × R$ 150,00/h = 02:00 × R$ 150,00/h = R$ 300,00")],
            Facts = [("Período de consumo", "ciclo 3: 01/03/2026 a 31/03/2026")],
        };
        yield return new("Horas: in advance, the first cycle has no excess line", ContractModality.Hours)
        {
            Timing = BillingTiming.InAdvance,
            FirstCycle = true,
            Month = "2026-01",
            Riders = [HoursRider],
            Lines = [L(ContractFee, 2000.00m)],
        };
        yield return new("Horas: rider change within the cycle, excess priced by the period's rider (R$ 150,00/h, 20:00)", ContractModality.Hours)
        {
            Riders = [HoursRider with { EndDate = D("2026-03-15") }, Rider(2, "2026-03-16", value: 2500m) with { IncludedMinutes = 1800, SurplusHourRate = 180m }],
            Entries = ["2026-03-05 Remote 15:00", "2026-03-20 Remote 10:00"],
            Lines = [L(ContractFee, 2000.00m, "R$ 2.000,00"), L(HoursExcess, 750.00m, "(25:00 − 20:00) × R$ 150,00/h = 05:00 × R$ 150,00/h = R$ 750,00")],
        };
        yield return new("Horas: rounding up to 15 min with a 30 min minimum per entry, raw minutes kept", ContractModality.Hours)
        {
            Riders = [HoursRider],
            RoundingIncrement = 15,
            MinimumMinutes = 30,
            Entries = ["2026-03-02 Remote 187min", "2026-03-09 Remote 10min", "2026-03-16 External 1000min"],
            Lines = [L(ContractFee, 2000.00m), L(HoursExcess, 75.00m, "(20:30 − 20:00) × R$ 150,00/h = 00:30 × R$ 150,00/h = R$ 75,00")],
            Facts = [("Horas apontadas", "19:57 brutas, 20:30 faturáveis (garantia não conta)"), ("Arredondamento", "para cima em múltiplos de 15 min, mínimo de 30 min por apontamento")],
            ExplainedEntries = [E(187, 195), E(10, 30), E(1000, 1005)],
        };
        yield return new("Horas: percent discount of the fee only, excess billed whole", ContractModality.Hours)
        {
            Riders = [HoursRider with { DiscountValue = 10m, DiscountType = DiscountType.Percent }],
            Entries = ["2026-03-04 Remote 21:30"],
            Lines = [L(ContractFee, 2000.00m), L(RiderDiscount, -200.00m, "10% × R$ 2.000,00 = R$ 200,00"), L(HoursExcess, 225.00m, "01:30 × R$ 150,00/h = R$ 225,00")],
        };
        yield return new("Horas: 7 min at R$ 137,45/h = R$ 16,0358 → R$ 16,04", ContractModality.Hours)
        {
            Riders = [HoursRider with { SurplusHourRate = 137.45m }],
            Entries = ["2026-03-04 Remote 20:07"],
            Lines = [L(ContractFee, 2000.00m), L(HoursExcess, 16.04m, "00:07 × R$ 137,45/h = R$ 16,04")],
        };
    }

    public static IEnumerable<PricingScenario> CumulativeHours()
    {
        yield return new("Horas Cumulativas: no use, the 10:00 included roll over as a new lot", ContractModality.CumulativeHours)
        {
            Riders = [CumulativeRider],
            RolloverExpiry = 2,
            Lines = [L(ContractFee, 1500.00m, "R$ 1.500,00")],
            Movements = [MoveHours(LedgerKind.HoursIn, 3, 600, 3, 5)],
        };
        yield return new("Horas Cumulativas: without an expiry setting the new lot never expires", ContractModality.CumulativeHours)
        {
            Riders = [CumulativeRider],
            Entries = ["2026-03-10 Remote 4:00"],
            Lines = [L(ContractFee, 1500.00m)],
            Movements = [MoveHours(LedgerKind.HoursIn, 3, 360, 3, null)],
        };
        yield return new("Horas Cumulativas: carried lots consumed oldest first, then the included hours", ContractModality.CumulativeHours)
        {
            Riders = [CumulativeRider],
            RolloverExpiry = 2,
            Lots = [Lot(2, 300, 4), Lot(1, 120, 3)],
            Entries = ["2026-03-10 Remote 10:00"],
            Lines = [L(ContractFee, 1500.00m)],
            Movements = [MoveHours(LedgerKind.HoursOut, 3, 120, 1, 3), MoveHours(LedgerKind.HoursOut, 3, 300, 2, 4), MoveHours(LedgerKind.HoursIn, 3, 420, 3, 5)],
            Facts = [("Disponível no ciclo", "10:00 incluídas + 07:00 acumuladas = 17:00"), ("Novo saldo acumulado", "07:00")],
        };
        yield return new("Horas Cumulativas: an expired lot is written off, then the excess over lot + included is billed", ContractModality.CumulativeHours)
        {
            Riders = [CumulativeRider],
            RolloverExpiry = 2,
            Lots = [Lot(1, 200, 2), Lot(2, 100, 4)],
            Entries = ["2026-03-10 Remote 12:30"],
            Lines = [L(ContractFee, 1500.00m), L(HoursExcess, 100.00m, "(12:30 − 10:00 − 01:40) × R$ 120,00/h = 00:50 × R$ 120,00/h = R$ 100,00")],
            Movements = [MoveHours(LedgerKind.HoursExpired, 3, 200, 1, 2), MoveHours(LedgerKind.HoursOut, 3, 100, 2, 4)],
            Facts = [("Saldo acumulado disponível", "01:40 (expiraram 03:20)")],
        };
        yield return new("Horas Cumulativas: a lot is still usable in its last cycle (entry on the period's last day)", ContractModality.CumulativeHours)
        {
            Riders = [CumulativeRider],
            RolloverExpiry = 2,
            Lots = [Lot(1, 60, 3)],
            Entries = ["2026-03-31 Remote 30min"],
            Lines = [L(ContractFee, 1500.00m)],
            Movements = [MoveHours(LedgerKind.HoursOut, 3, 30, 1, 3), MoveHours(LedgerKind.HoursIn, 3, 600, 3, 5)],
        };
        yield return new("Horas Cumulativas: the balance is capped at 15:00, the rest of the leftover is dropped", ContractModality.CumulativeHours)
        {
            Riders = [CumulativeRider],
            RolloverExpiry = 2,
            RolloverCap = 900,
            Lots = [Lot(2, 700, 4)],
            Entries = ["2026-03-01 Remote 1:40"],
            Lines = [L(ContractFee, 1500.00m)],
            Movements = [MoveHours(LedgerKind.HoursOut, 3, 100, 2, 4), MoveHours(LedgerKind.HoursIn, 3, 300, 3, 5)],
            Facts = [("Novo saldo acumulado", "15:00 (limite de 15:00 descartou 05:00)")],
        };
        yield return new("Horas Cumulativas: no lots, excess billed and nothing borrowed from later cycles", ContractModality.CumulativeHours)
        {
            Riders = [CumulativeRider],
            RolloverExpiry = 2,
            Entries = ["2026-03-10 Remote 11:00"],
            Lines = [L(ContractFee, 1500.00m), L(HoursExcess, 120.00m, "(11:00 − 10:00 − 00:00) × R$ 120,00/h = 01:00 × R$ 120,00/h = R$ 120,00")],
            Movements = [],
        };
        yield return new("Horas Cumulativas: exactly at included + carried, no excess, no new lot", ContractModality.CumulativeHours)
        {
            Riders = [CumulativeRider],
            RolloverExpiry = 2,
            Lots = [Lot(2, 90, 4)],
            Entries = ["2026-03-10 Remote 11:30"],
            Lines = [L(ContractFee, 1500.00m)],
            Movements = [MoveHours(LedgerKind.HoursOut, 3, 90, 2, 4)],
        };
        yield return new("Horas Cumulativas: one minute over included + carried at R$ 120,00/h = R$ 2,00", ContractModality.CumulativeHours)
        {
            Riders = [CumulativeRider],
            RolloverExpiry = 2,
            Lots = [Lot(2, 90, 4)],
            Entries = ["2026-03-10 Remote 11:31"],
            Lines = [L(ContractFee, 1500.00m), L(HoursExcess, 2.00m, "(11:31 − 10:00 − 01:30) × R$ 120,00/h = 00:01 × R$ 120,00/h = R$ 2,00")],
            Movements = [MoveHours(LedgerKind.HoursOut, 3, 90, 2, 4)],
        };
        yield return new("Horas Cumulativas: in advance, April's fee, March's consumption moves March's lots", ContractModality.CumulativeHours)
        {
            Timing = BillingTiming.InAdvance,
            Month = "2026-04",
            Riders = [CumulativeRider],
            RolloverExpiry = 2,
            Lots = [Lot(2, 100, 4)],
            Entries = ["2026-03-10 Remote 5:00"],
            Lines = [L(ContractFee, 1500.00m)],
            Movements = [MoveHours(LedgerKind.HoursOut, 3, 100, 2, 4), MoveHours(LedgerKind.HoursIn, 3, 400, 3, 5)],
        };
        yield return new("Horas Cumulativas: warranty-only work consumes nothing", ContractModality.CumulativeHours)
        {
            Riders = [CumulativeRider],
            RolloverExpiry = 2,
            Entries = ["2026-03-10 Remote 5:00 warranty"],
            Lines = [L(ContractFee, 1500.00m)],
            Movements = [MoveHours(LedgerKind.HoursIn, 3, 600, 3, 5)],
            ExplainedEntries = [E(300, 0)],
        };
    }
}
