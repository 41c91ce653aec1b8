namespace Tiflux.Reporting.Documents;

/// <summary>The flat, pre-formatted model of the closing-report template (every value is a string or a list).</summary>
internal sealed record ClosingReportView(
    string Title,
    string LayoutName,
    OrganizationView Organization,
    ClientView Client,
    bool IsPreview,
    string BillingNumber,
    string BillingDate,
    string DueDate,
    string NfeNumber,
    string Observations,
    bool ShowDetails,
    bool ShowEntries,
    bool ShowGroups,
    IReadOnlyList<ReportGroupView> Groups,
    string ItemsTotal,
    string Discount,
    string Interest,
    string RealValue,
    string GeneratedAt)
{
    /// <summary>The reversal (estorno) of the billing, or null; the template marks the whole document when set.</summary>
    public ReversalView? Reversal { get; init; }
}

/// <summary>The date (dd/MM/yyyy) and reason of a reversal.</summary>
internal sealed record ReversalView(string Date, string Reason);

/// <summary>The organisation's header on every document; <see cref="LogoUri"/> is a data: URI (printing needs no network) or "".</summary>
internal sealed record OrganizationView(string Name, string Cnpj, string Address, string Phone, string LogoUri)
{
    public static OrganizationView From(Billing.PublicApi.OrganizationSettingsDto settings) =>
        new(settings.CompanyName, settings.Cnpj, settings.Address, settings.Phone, settings.Logo?.DataUri ?? "");
}

internal sealed record ClientView(string Name, string LegalName, string TaxId);

internal sealed record ReportGroupView(string Name, string Subtotal, IReadOnlyList<ReportItemView> Items);

internal sealed record ReportItemView(string Kind, string Title, string Reference, string Amount, IReadOnlyList<ReportDetailView> Details, IReadOnlyList<ReportEntryView> Entries);

/// <summary>A line of a detailed layout; <see cref="AttachmentUrl"/> is the signed link to an extra's file, or "".</summary>
internal sealed record ReportDetailView(string Date, string Description, string Quantity, string UnitValue, string Amount, string AttachmentUrl);

internal sealed record ReportEntryView(string Date, string Duration, string BilledDuration, string Technician, string Mode, string Description, string Value, bool Warranty);
