namespace Tiflux.Billing.Invoicing;

/// <summary>The organisation's billing settings (one row) and the counter behind gapless billing numbers.</summary>
internal sealed class BillingSettings
{
    public int Id { get; init; } = 1;

    public bool AllowDueDateBeforeBillingDate { get; set; }

    public int LastBillingNumber { get; set; }
}
