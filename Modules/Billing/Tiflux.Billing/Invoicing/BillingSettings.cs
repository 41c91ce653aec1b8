using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Invoicing;

/// <summary>The organisation's billing rules (one row) and the counter behind gapless billing numbers.</summary>
internal sealed class BillingSettings
{
    public int Id { get; init; } = 1;

    public bool AllowDueDateBeforeBillingDate { get; set; }

    /// <summary>Prazo de vencimento: days after the billing date a billing without a cycle due date falls due.</summary>
    public int DueDateTermDays { get; set; } = OrganizationLimits.DefaultDueDateTermDays;

    /// <summary>The closing-report layout new clients start with.</summary>
    public ClosingReportLayout DefaultReportLayout { get; set; } = ClosingReportLayout.Detailed;

    public int LastBillingNumber { get; set; }
}
