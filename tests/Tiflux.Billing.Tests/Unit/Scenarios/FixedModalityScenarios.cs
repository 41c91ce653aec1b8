using Tiflux.Contracts.PublicApi;
using static Tiflux.Billing.PublicApi.PendingLineKind;
using static Tiflux.Billing.Tests.Unit.PricingScenario;

namespace Tiflux.Billing.Tests.Unit.Scenarios;

/// <summary>Livre and Produto/SaaS: a fixed value per cycle, never any excess. Amounts computed by hand.</summary>
internal static class FixedModalityScenarios
{
    private static readonly Contracts.PublicApi.RiderTermsDto Livre = Rider(1, "2026-01-01", value: 800m);

    private static readonly Contracts.PublicApi.RiderTermsDto Saas = Rider(1, "2026-01-01") with
    {
        Items = [new("Licença Microsoft 365", 57.33m, 7), new("Backup em nuvem", 199.90m, 1)],
    };

    public static IEnumerable<PricingScenario> Free()
    {
        yield return new("Livre: no use", ContractModality.Free)
        {
            Riders = [Livre],
            Lines = [L(ContractFee, 800.00m, "R$ 800,00")],
        };
        yield return new("Livre: 100 hours used, never any excess", ContractModality.Free)
        {
            Riders = [Livre],
            Entries = ["2026-03-01 Remote 60:00", "2026-03-31 External 40:00"],
            Lines = [L(ContractFee, 800.00m, "R$ 800,00")],
            Facts = [("Limite", "uso ilimitado: as horas são só informativas"), ("Horas apontadas", "100:00 brutas, 100:00 faturáveis (garantia não conta)")],
            ExplainedEntries = [E(3600, 3600), E(2400, 2400)],
        };
        yield return new("Livre: in advance, first cycle has no consumption", ContractModality.Free)
        {
            Timing = BillingTiming.InAdvance,
            FirstCycle = true,
            Month = "2026-01",
            Riders = [Livre],
            Lines = [L(ContractFee, 800.00m, "R$ 800,00")],
            Facts = [("Consumo", "primeiro ciclo antecipado: nenhum consumo anterior a faturar"), ("Faturamento", "antecipado")],
        };
        yield return new("Livre: in advance, later cycle lists the previous month as informative", ContractModality.Free)
        {
            Timing = BillingTiming.InAdvance,
            Month = "2026-04",
            Riders = [Livre],
            Entries = ["2026-03-10 Remote 30:00"],
            Lines = [L(ContractFee, 800.00m, "R$ 800,00")],
            Facts = [("Período de consumo", "ciclo 3: 01/03/2026 a 31/03/2026"), ("Vencimento", "10/04/2026 (pendente desde 05/04/2026)")],
        };
        yield return new("Livre: percent discount 12,5% of R$ 799,90 = R$ 99,9875 → R$ 99,99", ContractModality.Free)
        {
            Riders = [Rider(1, "2026-01-01", value: 799.90m) with { DiscountValue = 12.5m, DiscountType = DiscountType.Percent }],
            Lines = [L(ContractFee, 799.90m, "R$ 799,90"), L(RiderDiscount, -99.99m, "12,5% × R$ 799,90 = R$ 99,99")],
        };
        yield return new("Livre: money discount R$ 150,00", ContractModality.Free)
        {
            Riders = [Livre with { DiscountValue = 150m }],
            Lines = [L(ContractFee, 800.00m, "R$ 800,00"), L(RiderDiscount, -150.00m, "R$ 150,00")],
        };
        yield return new("Livre: money discount above the fee is capped at the fee", ContractModality.Free)
        {
            Riders = [Livre with { DiscountValue = 900m }],
            Lines = [L(ContractFee, 800.00m, "R$ 800,00"), L(RiderDiscount, -800.00m, "R$ 900,00", "= R$ 800,00")],
        };
        yield return new("Livre: rider change within the cycle, the fee is the rider in force on the first day", ContractModality.Free)
        {
            Riders = [Rider(1, "2026-01-01", "2026-03-14", 800m), Rider(2, "2026-03-15", value: 950m)],
            Entries = ["2026-03-20 Remote 2:00"],
            Lines = [L(ContractFee, 800.00m, "R$ 800,00")],
            Facts = [("Adendo", "versão 1, vigente desde 01/01/2026")],
        };
    }

    public static IEnumerable<PricingScenario> SaasProduct()
    {
        yield return new("Produto/SaaS: no use, one line per item", ContractModality.SaasProduct)
        {
            Riders = [Saas],
            Lines = [L(SaasItem, 401.31m, "7 × R$ 57,33 = R$ 401,31"), L(SaasItem, 199.90m, "1 × R$ 199,90 = R$ 199,90")],
        };
        yield return new("Produto/SaaS: time entries never create excess", ContractModality.SaasProduct)
        {
            Riders = [Saas],
            Entries = ["2026-03-01 Remote 40:00", "2026-03-31 External 3:15"],
            Lines = [L(SaasItem, 401.31m, "R$ 401,31"), L(SaasItem, 199.90m, "R$ 199,90")],
            ExplainedEntries = [E(2400, 2400), E(195, 195)],
        };
        yield return new("Produto/SaaS: percent discount 7,5% of R$ 601,21 = R$ 45,09075 → R$ 45,09", ContractModality.SaasProduct)
        {
            Riders = [Saas with { DiscountValue = 7.5m, DiscountType = DiscountType.Percent }],
            Lines = [L(SaasItem, 401.31m), L(SaasItem, 199.90m), L(RiderDiscount, -45.09m, "7,5% × R$ 601,21 = R$ 45,09")],
        };
        yield return new("Produto/SaaS: 5% of R$ 100,10 = R$ 5,005 rounds half away from zero to R$ 5,01", ContractModality.SaasProduct)
        {
            Riders = [Rider(1, "2026-01-01") with { Items = [new("Firewall gerenciado", 100.10m, 1)], DiscountValue = 5m, DiscountType = DiscountType.Percent }],
            Lines = [L(SaasItem, 100.10m, "1 × R$ 100,10 = R$ 100,10"), L(RiderDiscount, -5.01m, "5% × R$ 100,10 = R$ 5,01")],
        };
        yield return new("Produto/SaaS: money discount R$ 100,00", ContractModality.SaasProduct)
        {
            Riders = [Saas with { DiscountValue = 100m }],
            Lines = [L(SaasItem, 401.31m), L(SaasItem, 199.90m), L(RiderDiscount, -100.00m, "R$ 100,00")],
        };
        yield return new("Produto/SaaS: in advance, first cycle", ContractModality.SaasProduct)
        {
            Timing = BillingTiming.InAdvance,
            FirstCycle = true,
            Month = "2026-01",
            Riders = [Saas],
            Lines = [L(SaasItem, 401.31m), L(SaasItem, 199.90m)],
        };
        yield return new("Produto/SaaS: rider change within the cycle, items of the rider in force on the first day", ContractModality.SaasProduct)
        {
            Riders = [Saas with { EndDate = D("2026-03-09") }, Rider(2, "2026-03-10") with { Items = [new("Licença Microsoft 365", 57.33m, 9)] }],
            Lines = [L(SaasItem, 401.31m, "7 × R$ 57,33"), L(SaasItem, 199.90m)],
        };
    }
}
