using Microsoft.AspNetCore.Mvc.Rendering;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Shared;

/// <summary>The pt-BR names of the Contracts enums, and select options built from them.</summary>
public static class ContractsText
{
    public static IReadOnlyList<string> AdjustmentIndices { get; } = ["IGP-M", "IPCA", "IGP-DI"];

    public static string Modality(ContractModality modality) => modality switch
    {
        ContractModality.Free => "Livre",
        ContractModality.PerTicket => "Limite de Atendimento",
        ContractModality.SaasProduct => "Produto/SaaS",
        ContractModality.Hours => "Horas",
        ContractModality.CumulativeHours => "Horas Cumulativas",
        ContractModality.Credit => "Crédito",
        ContractModality.SharedCredit => "Crédito compartilhado",
        _ => modality.ToString(),
    };

    public static string Status(ContractStatus status) => status switch
    {
        ContractStatus.Active => "Ativo",
        ContractStatus.PendingAdjustment => "Pendente de reajuste",
        ContractStatus.Expired => "Expirado",
        ContractStatus.Cancelled => "Cancelado",
        _ => status.ToString(),
    };

    public static string StatusClass(ContractStatus status) => status switch
    {
        ContractStatus.Active => "status-ok",
        ContractStatus.PendingAdjustment => "status-warn",
        _ => "status-bad",
    };

    public static string Layout(ClosingReportLayout layout) => ClosingReportLayouts.Name(layout);

    public static string Timing(BillingTiming timing) => timing == BillingTiming.InAdvance ? "Antecipado" : "Posterior";

    public static string Anchor(CycleAnchor anchor) => anchor == CycleAnchor.CalendarMonth ? "Mês calendário" : "Aniversário do início";

    public static string Scope(TravelScope scope) => scope switch
    {
        TravelScope.All => "Todos os clientes",
        TravelScope.Client => "Um cliente",
        TravelScope.Contract => "Um contrato",
        _ => scope.ToString(),
    };

    /// <summary>The modality-specific terms of a rider in one line, money hidden unless <paramref name="money"/>.</summary>
    public static string Terms(RiderTermsDto rider, bool money)
    {
        string M(decimal? value) => PtBr.Money(value, money);
        return rider.Modality switch
        {
            var m when m.UsesHours() =>
                $"{PtBr.Hhmm(rider.IncludedMinutes)} h incluídas; hora excedente {M(rider.SurplusHourRate)}",
            var m when m.UsesCredit() =>
                $"Crédito mensal {M(rider.Value)}; taxa fixa {M(rider.Tax)}; hora externa {M(rider.ExternalRate)}, remota {M(rider.RemoteRate)}, interna {M(rider.InternalRate)}",
            ContractModality.PerTicket =>
                $"{rider.IncludedTickets} tickets incluídos; ticket excedente {M(rider.ExtraTicketValue)}",
            ContractModality.SaasProduct =>
                string.Join("; ", rider.Items.Select(i => $"{i.Name}: {i.Quantity} × {M(i.MonthlyValue)}")),
            _ => "Uso livre",
        };
    }

    /// <summary>The rider's discount as R$ or %.</summary>
    public static string Discount(RiderTermsDto rider, bool money) =>
        rider.DiscountValue == 0 ? "—"
        : rider.DiscountType == DiscountType.Percent ? PtBr.Percent(rider.DiscountValue)
        : PtBr.Money(rider.DiscountValue, money);

    public static IEnumerable<ContractModality> Modalities => Enum.GetValues<ContractModality>();

    public static List<SelectListItem> ModalityOptions() => Options(Enum.GetValues<ContractModality>(), Modality);

    public static List<SelectListItem> StatusOptions() => Options(Enum.GetValues<ContractStatus>(), Status);

    /// <summary>The layouts a client can have as its default (as in Tiflux); "por grupo de recurso" is chosen per report.</summary>
    public static List<SelectListItem> LayoutOptions() =>
        Options(ClosingReportLayouts.All, Layout);

    public static List<SelectListItem> TimingOptions() => Options(Enum.GetValues<BillingTiming>(), Timing);

    public static List<SelectListItem> AnchorOptions() => Options(Enum.GetValues<CycleAnchor>(), Anchor);

    public static List<SelectListItem> ScopeOptions() => Options(Enum.GetValues<TravelScope>(), Scope);

    public static List<SelectListItem> DiscountOptions() =>
        [new("R$ (valor)", nameof(DiscountType.Currency)), new("% (percentual)", nameof(DiscountType.Percent))];

    private static List<SelectListItem> Options<T>(IEnumerable<T> values, Func<T, string> label)
        where T : struct, Enum =>
        [.. values.Select(v => new SelectListItem(label(v), v.ToString()))];
}
