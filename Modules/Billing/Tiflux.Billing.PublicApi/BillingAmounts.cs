namespace Tiflux.Billing.PublicApi;

/// <summary>How a billing's amounts relate; the module stores it and the finalize screen previews it with the same rule.</summary>
public static class BillingAmounts
{
    /// <summary>Valor real = total dos itens − desconto + juros.</summary>
    public static decimal RealValue(decimal itemsTotal, decimal discount, decimal interest) => itemsTotal - discount + interest;
}
