using Tiflux.Billing.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>A billing's state as every page shows it (billing page, history, the client's Faturamento section).</summary>
public static class BillingStateText
{
    public static string Of(BillingState state) => state switch
    {
        BillingState.Reversed => "Estornado",
        BillingState.Paid => "Pago",
        _ => "Faturado",
    };
}
