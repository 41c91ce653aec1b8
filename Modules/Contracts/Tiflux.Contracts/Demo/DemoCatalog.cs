using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Demo;

internal sealed record DemoContract(
    string ClientName,
    ContractModality Modality,
    ContractSettingsRequest Settings,
    RiderTermsRequest Rider,
    IReadOnlyList<string> MemberNames);

/// <summary>The demo organisation's data: realistic MSP clients, one contract per modality.</summary>
internal static class DemoCatalog
{
    public const string ResourceClient = "Metalúrgica Forte";

    public static readonly (string Name, ContractModality Modality)[] ContractTypes =
    [
        ("Suporte Livre", ContractModality.Free),
        ("Pacote de Atendimentos", ContractModality.PerTicket),
        ("Licenças SaaS", ContractModality.SaasProduct),
        ("Banco de Horas", ContractModality.Hours),
        ("Horas Cumulativas", ContractModality.CumulativeHours),
        ("Crédito de Serviços", ContractModality.Credit),
        ("Crédito Compartilhado", ContractModality.SharedCredit),
    ];

    // TaxId holds the first 12 CNPJ characters; the seeder appends valid check digits.
    public static readonly SaveClientRequest[] Clients =
    [
        new("Padaria Pão Quente", "Pão Quente Panificadora Ltda", "112223330001", ["financeiro@paoquente.com.br"], ClosingReportLayout.Synthetic, ""),
        new("Clínica Sorriso", "Clínica Odontológica Sorriso S/S", "223334440001", ["contas@clinicasorriso.com.br"], ClosingReportLayout.Detailed, ""),
        new("Escritório Contábil Exato", "Exato Serviços Contábeis Ltda", "334445550001", ["adm@contabilexato.com.br"], ClosingReportLayout.Detailed, ""),
        new("Metalúrgica Forte", "Forte Indústria Metalúrgica S.A.", "445556660001", ["ap@metalurgicaforte.ind.br", "compras@metalurgicaforte.ind.br"], ClosingReportLayout.DetailedWithAppointments, "Rateio por grupo de recurso."),
        new("Advocacia Lima & Souza", "Lima & Souza Sociedade de Advogados", "556667770001", ["financeiro@limasouza.adv.br"], ClosingReportLayout.DetailedWithAppointments, ""),
        new("Rede Farmácias Vida", "Vida Comércio de Medicamentos Ltda", "667778880001", ["fin@farmaciasvida.com.br"], ClosingReportLayout.Detailed, ""),
        new("Grupo Escolar Saber", "Saber Educação Holding Ltda", "778889990001", ["tesouraria@gruposaber.edu.br"], ClosingReportLayout.Detailed, "Titular do crédito compartilhado."),
        new("Colégio Saber Centro", "Saber Educação Centro Ltda", "778889990002", ["centro@gruposaber.edu.br"], ClosingReportLayout.Synthetic, ""),
        new("Colégio Saber Norte", "Saber Educação Norte Ltda", "778889990003", ["norte@gruposaber.edu.br"], ClosingReportLayout.Synthetic, ""),
    ];

    public static IEnumerable<DemoContract> Contracts(DateOnly start, DateOnly today)
    {
        var adjustmentThisMonth = new DateOnly(today.Year, today.Month, 1);
        yield return new("Padaria Pão Quente", ContractModality.Free,
            Settings("Suporte Livre Padaria", start, BillingTiming.InAdvance, 5),
            Rider(start, 10, 1500m), []);
        yield return new("Clínica Sorriso", ContractModality.PerTicket,
            Settings("Pacote 10 atendimentos", start, BillingTiming.InArrears, 0),
            Rider(start, 5, 2000m) with { IncludedTickets = 10, ExtraTicketValue = 180m }, []);
        yield return new("Escritório Contábil Exato", ContractModality.SaasProduct,
            Settings("Licenças Microsoft 365 e segurança", start, BillingTiming.InAdvance, 10) with { AutomaticBilling = true },
            Rider(start, 15, 0m) with
            {
                Items =
                [
                    new("Microsoft 365 Business Standard", 62.50m, 25),
                    new("Antivírus gerenciado", 18.90m, 25),
                    new("Backup em nuvem 1 TB", 350m, 1),
                ],
            }, []);
        yield return new(ResourceClient, ContractModality.Hours,
            Settings("Banco de 20 horas", start, BillingTiming.InArrears, 5) with { AdjustmentIntervalMonths = 12, NextAdjustmentDate = adjustmentThisMonth },
            Rider(start, 10, 3000m) with { IncludedMinutes = 20 * 60, SurplusHourRate = 150m, DiscountValue = 5m, DiscountType = DiscountType.Percent }, []);
        yield return new("Advocacia Lima & Souza", ContractModality.CumulativeHours,
            Settings("Horas cumulativas 16h", start, BillingTiming.InArrears, 0) with { RolloverCapMinutes = 32 * 60, RolloverExpiryCycles = 3 },
            Rider(start, 10, 2400m) with { IncludedMinutes = 16 * 60, SurplusHourRate = 160m }, []);
        yield return new("Rede Farmácias Vida", ContractModality.Credit,
            Settings("Crédito mensal de serviços", start.AddDays(14), BillingTiming.InAdvance, 3) with { CycleAnchor = CycleAnchor.Anniversary },
            Rider(start.AddDays(14), 20, 5000m) with { Tax = 800m, ExternalRate = 220m, RemoteRate = 150m, InternalRate = 180m }, []);
        yield return new("Grupo Escolar Saber", ContractModality.SharedCredit,
            Settings("Crédito compartilhado das unidades", start, BillingTiming.InAdvance, 5),
            Rider(start, 10, 8000m) with { Tax = 1000m, ExternalRate = 200m, RemoteRate = 140m, InternalRate = 160m },
            ["Colégio Saber Centro", "Colégio Saber Norte"]);
    }

    private static ContractSettingsRequest Settings(string name, DateOnly start, BillingTiming timing, int daysBefore) => new(
        name, timing, daysBefore, AutomaticBilling: false, start, ExpirationDate: start.AddMonths(12).AddDays(-1), DurationMonths: 12,
        AutomaticRenewal: true, CycleAnchor.CalendarMonth, AdjustmentIntervalMonths: null, NextAdjustmentDate: null,
        PermitEntriesWhilePendingAdjustment: true, TechnicalNotes: "", RolloverCapMinutes: null, RolloverExpiryCycles: null,
        TimeRoundingIncrementMinutes: 0, MinimumMinutesPerEntry: 0, ReminderEnabled: false, ReminderPercent: null,
        ReminderEmails: [], SharedMemberClientIds: []);

    private static RiderTermsRequest Rider(DateOnly start, int dueDay, decimal value) => new(
        start, null, dueDay, value, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], "");
}
