namespace Tiflux.Reporting.Documents;

/// <summary>The header facts of the report.</summary>
internal sealed record ClosingReportHeader(
    bool IsPreview,
    string BillingNumber,
    DateOnly? BillingDate,
    DateOnly? DueDate,
    string NfeNumber,
    string Observations,
    decimal ItemsTotal,
    decimal Discount,
    decimal Interest,
    decimal RealValue)
{
    /// <summary>Set when the billing was reversed (estorno): every layout then carries the ESTORNADO mark.</summary>
    public ReportReversal? Reversal { get; init; }
}

/// <summary>When (Brazil date) and why a billing was reversed.</summary>
internal sealed record ReportReversal(DateOnly On, string Reason);
