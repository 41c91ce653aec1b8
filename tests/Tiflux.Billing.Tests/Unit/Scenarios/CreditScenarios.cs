using Tiflux.Billing.Ledger;
using Tiflux.Contracts.PublicApi;
using static Tiflux.Billing.PublicApi.PendingLineKind;
using static Tiflux.Billing.Tests.Unit.PricingScenario;

namespace Tiflux.Billing.Tests.Unit.Scenarios;

/// <summary>Crédito and Crédito compartilhado. Every entry is valued on its own, at its rider's rate for its mode.</summary>
internal static class CreditScenarios
{
    // Fee R$ 300,00 + credit R$ 2.000,00; External R$ 200,00/h, Remote R$ 120,00/h (R$ 2,00/min), Internal R$ 90,00/h.
    private static readonly RiderTermsDto CreditRider = Rider(1, "2026-01-01", value: 2000m) with { Tax = 300m, ExternalRate = 200m, RemoteRate = 120m, InternalRate = 90m };

    // Fee R$ 500,00 + shared credit R$ 3.000,00; External R$ 240,00/h (R$ 4,00/min), Remote R$ 150,00/h, Internal R$ 100,00/h.
    private static readonly RiderTermsDto SharedRider = Rider(1, "2026-01-01", value: 3000m) with { Tax = 500m, ExternalRate = 240m, RemoteRate = 150m, InternalRate = 100m };

    public static IEnumerable<PricingScenario> Credit()
    {
        yield return new("Crédito: no use, the whole credit expires", ContractModality.Credit)
        {
            Riders = [CreditRider],
            Lines = [L(CreditFee, 300.00m, "R$ 300,00"), L(CreditAllowance, 2000.00m, "R$ 2.000,00")],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 2000m), MoveCredit(LedgerKind.CreditExpired, 3, 2000m)],
        };
        yield return new("Crédito: exactly the credit, 1000 min Remote = R$ 2.000,00", ContractModality.Credit)
        {
            Riders = [CreditRider],
            Entries = ["2026-03-05 Remote 1000min"],
            Lines = [L(CreditFee, 300.00m), L(CreditAllowance, 2000.00m)],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 2000m), MoveCredit(LedgerKind.CreditOut, 3, 2000m)],
            ExplainedEntries = [E(1000, 1000, 2000.00m)],
            Facts = [("Saldo", "R$ 0,00")],
        };
        yield return new("Crédito: one minute over, External 1 min = R$ 3,33 of excess", ContractModality.Credit)
        {
            Riders = [CreditRider],
            Entries = ["2026-03-01 Remote 1000min", "2026-03-31 External 1min"],
            Lines = [L(CreditFee, 300.00m), L(CreditAllowance, 2000.00m), L(CreditExcess, 3.33m, "R$ 2.003,33 consumidos − R$ 2.000,00 de crédito = R$ 3,33")],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 2000m), MoveCredit(LedgerKind.CreditOut, 3, 2000m)],
            ExplainedEntries = [E(1000, 1000, 2000.00m), E(1, 1, 3.33m)],
        };
        yield return new("Crédito: exhausted mid-cycle, the rest billed at the per-mode rates", ContractModality.Credit)
        {
            Riders = [CreditRider],
            Entries = ["2026-03-02 External 240min", "2026-03-09 Remote 500min", "2026-03-20 Internal 7min", "2026-03-25 Remote 133min"],
            Lines = [L(CreditFee, 300.00m), L(CreditAllowance, 2000.00m), L(CreditExcess, 76.50m, "R$ 2.076,50 consumidos − R$ 2.000,00 de crédito = R$ 76,50")],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 2000m), MoveCredit(LedgerKind.CreditOut, 3, 2000m)],
            ExplainedEntries = [E(240, 240, 800.00m), E(500, 500, 1000.00m), E(7, 7, 10.50m), E(133, 133, 266.00m)],
            Facts = [("Crédito consumido", "R$ 2.076,50"), ("Saldo", "−R$ 76,50")],
        };
        yield return new("Crédito: each entry is rounded on its own, 4 × R$ 3,33 = R$ 13,32 (not R$ 13,33)", ContractModality.Credit)
        {
            Riders = [CreditRider with { Value = 10m }],
            Entries = ["2026-03-02 External 1min", "2026-03-03 External 1min", "2026-03-04 External 1min", "2026-03-05 External 1min"],
            Lines = [L(CreditFee, 300.00m), L(CreditAllowance, 10.00m, "R$ 10,00"), L(CreditExcess, 3.32m, "R$ 13,32 consumidos − R$ 10,00 de crédito = R$ 3,32")],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 10m), MoveCredit(LedgerKind.CreditOut, 3, 10m)],
            ExplainedEntries = [E(1, 1, 3.33m), E(1, 1, 3.33m), E(1, 1, 3.33m), E(1, 1, 3.33m)],
        };
        yield return new("Crédito: rider change within the cycle, each entry at its own rider's rate, credit of the period's rider", ContractModality.Credit)
        {
            Riders = [CreditRider with { EndDate = D("2026-03-15") }, Rider(2, "2026-03-16", value: 2500m) with { Tax = 350m, ExternalRate = 250m, RemoteRate = 150m, InternalRate = 100m }],
            Entries = ["2026-03-10 Remote 600min", "2026-03-20 Remote 400min"],
            Lines = [L(CreditFee, 300.00m), L(CreditAllowance, 2000.00m), L(CreditExcess, 200.00m, "R$ 2.200,00 consumidos − R$ 2.000,00 de crédito = R$ 200,00")],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 2000m), MoveCredit(LedgerKind.CreditOut, 3, 2000m)],
            ExplainedEntries = [E(600, 600, 1200.00m), E(400, 400, 1000.00m)],
        };
        yield return new("Crédito: warranty-only work is listed at zero and consumes nothing", ContractModality.Credit)
        {
            Riders = [CreditRider],
            Entries = ["2026-03-10 Remote 600min warranty"],
            Lines = [L(CreditFee, 300.00m), L(CreditAllowance, 2000.00m)],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 2000m), MoveCredit(LedgerKind.CreditExpired, 3, 2000m)],
            ExplainedEntries = [E(600, 0, 0.00m)],
        };
        yield return new("Crédito: in advance, April's fee and credit, March's excess", ContractModality.Credit)
        {
            Timing = BillingTiming.InAdvance,
            Month = "2026-04",
            Riders = [CreditRider],
            Entries = ["2026-03-10 Remote 1100min"],
            Lines = [L(CreditFee, 300.00m), L(CreditAllowance, 2000.00m), L(CreditExcess, 200.00m, "R$ 2.200,00 consumidos")],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 2000m), MoveCredit(LedgerKind.CreditOut, 3, 2000m)],
        };
        yield return new("Crédito: in advance, the first cycle has no consumption and no movements", ContractModality.Credit)
        {
            Timing = BillingTiming.InAdvance,
            FirstCycle = true,
            Month = "2026-01",
            Riders = [CreditRider],
            Lines = [L(CreditFee, 300.00m), L(CreditAllowance, 2000.00m)],
        };
        yield return new("Crédito: percent discount on fee + credit, 10% × R$ 2.300,00 = R$ 230,00", ContractModality.Credit)
        {
            Riders = [CreditRider with { DiscountValue = 10m, DiscountType = DiscountType.Percent }],
            Lines = [L(CreditFee, 300.00m), L(CreditAllowance, 2000.00m), L(RiderDiscount, -230.00m, "10% × R$ 2.300,00 = R$ 230,00")],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 2000m), MoveCredit(LedgerKind.CreditExpired, 3, 2000m)],
        };
        yield return new("Crédito: time rounding to 15 min values the rounded time, raw kept", ContractModality.Credit)
        {
            Riders = [CreditRider],
            RoundingIncrement = 15,
            Entries = ["2026-03-05 Remote 990min", "2026-03-06 Remote 7min"],
            Lines = [L(CreditFee, 300.00m), L(CreditAllowance, 2000.00m), L(CreditExcess, 10.00m, "R$ 2.010,00 consumidos − R$ 2.000,00 de crédito = R$ 10,00")],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 2000m), MoveCredit(LedgerKind.CreditOut, 3, 2000m)],
            ExplainedEntries = [E(990, 990, 1980.00m), E(7, 15, 30.00m)],
        };
    }

    public static IEnumerable<PricingScenario> SharedCredit()
    {
        yield return new("Crédito compartilhado: three members pooled over the credit, excess billed to the owner", ContractModality.SharedCredit)
        {
            Riders = [SharedRider],
            Members = ["Beta", "Gama"],
            Entries = ["2026-03-03 Remote 480min @Alfa", "2026-03-12 External 300min @Beta", "2026-03-27 Internal 450min @Gama"],
            Lines = [L(CreditFee, 500.00m, "R$ 500,00"), L(CreditAllowance, 3000.00m, "R$ 3.000,00"), L(CreditExcess, 150.00m, "R$ 3.150,00 consumidos − R$ 3.000,00 de crédito = R$ 150,00")],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 3000m), MoveCredit(LedgerKind.CreditOut, 3, 3000m)],
            Facts = [("Consumo de Alfa Matriz", "R$ 1.200,00"), ("Consumo de Beta Filial", "R$ 1.200,00"), ("Consumo de Gama Filial", "R$ 750,00")],
            ExplainedEntries = [E(480, 480, 1200.00m), E(300, 300, 1200.00m), E(450, 450, 750.00m)],
        };
        yield return new("Crédito compartilhado: three members pooled under the credit, the rest expires", ContractModality.SharedCredit)
        {
            Riders = [SharedRider],
            Members = ["Beta", "Gama"],
            Entries = ["2026-03-01 Remote 400min @Alfa", "2026-03-15 External 250min @Beta", "2026-03-31 Internal 540min @Gama"],
            Lines = [L(CreditFee, 500.00m), L(CreditAllowance, 3000.00m)],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 3000m), MoveCredit(LedgerKind.CreditOut, 3, 2900m), MoveCredit(LedgerKind.CreditExpired, 3, 100m)],
            Facts = [("Consumo de Alfa Matriz", "R$ 1.000,00"), ("Consumo de Beta Filial", "R$ 1.000,00"), ("Consumo de Gama Filial", "R$ 900,00"), ("Saldo", "R$ 100,00")],
        };
        yield return new("Crédito compartilhado: no use", ContractModality.SharedCredit)
        {
            Riders = [SharedRider],
            Members = ["Beta", "Gama"],
            Lines = [L(CreditFee, 500.00m), L(CreditAllowance, 3000.00m)],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 3000m), MoveCredit(LedgerKind.CreditExpired, 3, 3000m)],
        };
        yield return new("Crédito compartilhado: exactly the credit, R$ 1.000,00 per member", ContractModality.SharedCredit)
        {
            Riders = [SharedRider],
            Members = ["Beta", "Gama"],
            Entries = ["2026-03-02 Remote 400min @Alfa", "2026-03-03 Remote 400min @Beta", "2026-03-04 Remote 400min @Gama"],
            Lines = [L(CreditFee, 500.00m), L(CreditAllowance, 3000.00m)],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 3000m), MoveCredit(LedgerKind.CreditOut, 3, 3000m)],
        };
        yield return new("Crédito compartilhado: one External minute over, R$ 4,00 billed to the owner", ContractModality.SharedCredit)
        {
            Riders = [SharedRider],
            Members = ["Beta", "Gama"],
            Entries = ["2026-03-02 Remote 400min @Alfa", "2026-03-03 Remote 400min @Beta", "2026-03-04 Remote 400min @Gama", "2026-03-31 External 1min @Gama"],
            Lines = [L(CreditFee, 500.00m), L(CreditAllowance, 3000.00m), L(CreditExcess, 4.00m, "R$ 3.004,00 consumidos − R$ 3.000,00 de crédito = R$ 4,00")],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 3000m), MoveCredit(LedgerKind.CreditOut, 3, 3000m)],
            Facts = [("Consumo de Gama Filial", "R$ 1.004,00")],
        };
        yield return new("Crédito compartilhado: a member's warranty work consumes nothing", ContractModality.SharedCredit)
        {
            Riders = [SharedRider],
            Members = ["Beta", "Gama"],
            Entries = ["2026-03-05 External 300min @Beta", "2026-03-06 Remote 600min @Gama warranty"],
            Lines = [L(CreditFee, 500.00m), L(CreditAllowance, 3000.00m)],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 3000m), MoveCredit(LedgerKind.CreditOut, 3, 1200m), MoveCredit(LedgerKind.CreditExpired, 3, 1800m)],
            Facts = [("Consumo de Beta Filial", "R$ 1.200,00"), ("Consumo de Gama Filial", "R$ 0,00")],
            ExplainedEntries = [E(300, 300, 1200.00m), E(600, 0, 0.00m)],
        };
        yield return new("Crédito compartilhado: in advance, March's pooled excess with April's fee", ContractModality.SharedCredit)
        {
            Timing = BillingTiming.InAdvance,
            Month = "2026-04",
            Riders = [SharedRider],
            Members = ["Beta", "Gama"],
            Entries = ["2026-03-02 Internal 60min @Alfa", "2026-03-03 Remote 1200min @Beta", "2026-03-04 External 15min @Gama"],
            Lines = [L(CreditFee, 500.00m), L(CreditAllowance, 3000.00m), L(CreditExcess, 160.00m, "R$ 3.160,00 consumidos − R$ 3.000,00 de crédito = R$ 160,00")],
            Movements = [MoveCredit(LedgerKind.CreditIn, 3, 3000m), MoveCredit(LedgerKind.CreditOut, 3, 3000m)],
            Facts = [("Consumo de Alfa Matriz", "R$ 100,00"), ("Consumo de Beta Filial", "R$ 3.000,00"), ("Consumo de Gama Filial", "R$ 60,00")],
        };
    }
}
