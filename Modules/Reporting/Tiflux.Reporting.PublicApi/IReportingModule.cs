using Tiflux.SharedKernel;

namespace Tiflux.Reporting.PublicApi;

/// <summary>The only way other modules and the host reach the Reporting module.</summary>
public interface IReportingModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    /// <summary>The closing report of a billing as a PDF. Fails (not_found) when the billing does not exist, (pdf_unavailable) when Chromium cannot render.</summary>
    Task<Result<ReportFile>> RenderBillingPdfAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken);

    /// <summary>A preview of the closing report from a client's pending lines, before the billing is created.</summary>
    Task<Result<ReportFile>> RenderPendingPreviewPdfAsync(PendingPreviewRequest request, CancellationToken cancellationToken);

    /// <summary>The closing report of a billing as HTML (what the PDF is printed from).</summary>
    Task<Result<string>> RenderBillingHtmlAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken);

    /// <summary>The consumption statement (extrato de consumo) of a client's contracts in a period: XLSX or PDF.</summary>
    Task<Result<ReportFile>> RenderConsumptionStatementAsync(ConsumptionStatementRequest request, CancellationToken cancellationToken);
}

/// <summary>A rendered document.</summary>
public sealed record ReportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Preview of the billing a client would get: the pending lines on or before <see cref="BaseDate"/>, restricted to
/// <see cref="GroupKeys"/> when given (null = every line), with the discount and interest of the finalization form.
/// </summary>
public sealed record PendingPreviewRequest(
    Guid ClientId,
    DateOnly BaseDate,
    IReadOnlyCollection<string>? GroupKeys,
    decimal Discount,
    decimal Interest,
    ClosingReportLayout Layout);

/// <summary>The output of a consumption statement.</summary>
public enum ConsumptionStatementFormat
{
    Xlsx = 1,
    PdfSynthetic = 2,
    PdfDetailed = 3,
}

/// <summary>A client's consumption statement: every contract of the client (or only <see cref="ContractId"/>), entries dated in [From, To].</summary>
public sealed record ConsumptionStatementRequest(Guid ClientId, Guid? ContractId, DateOnly From, DateOnly To, ConsumptionStatementFormat Format);
