using Tiflux.SharedKernel;

namespace Tiflux.Reporting.PublicApi;

/// <summary>The only way other modules and the host reach the Reporting module.</summary>
public interface IReportingModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    /// <summary>The closing report of a billing as a PDF. Fails (not_found) when the billing does not exist, (pdf_unavailable) when Chromium cannot render.</summary>
    Task<Result<ReportFile>> RenderBillingPdfAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken);

    /// <summary>
    /// The closing report of a billing not yet created (Finalização: "Baixar prévia"), from the form's current values,
    /// marked "PRÉVIA — não faturado"; the same template and renderer as the real report, and nothing is written.
    /// </summary>
    Task<Result<ReportFile>> RenderBillingPreviewPdfAsync(BillingPreviewRequest request, CancellationToken cancellationToken);

    /// <summary>The closing report of a billing as HTML (what the PDF is printed from).</summary>
    Task<Result<string>> RenderBillingHtmlAsync(Guid billingId, ClosingReportLayout layout, CancellationToken cancellationToken);

    /// <summary>The consumption statement (extrato de consumo) of a client's contracts in a period: XLSX or PDF.</summary>
    Task<Result<ReportFile>> RenderConsumptionStatementAsync(ConsumptionStatementRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The consumption statement on screen: the same rows, in the same words, as the XLSX and the PDFs of the same request
    /// (one builder makes all of them). Fails (not_found) when the client does not exist.
    /// </summary>
    Task<Result<ConsumptionStatementDto>> GetConsumptionStatementAsync(ConsumptionStatementRequest request, CancellationToken cancellationToken);
}

/// <summary>A rendered document.</summary>
public sealed record ReportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The billing the finalization form would create: Billing's draft of <see cref="Selection"/> (the lines Faturar
/// would bill now) with the form's dates, amounts, NFe and observations, in <see cref="Layout"/>.
/// </summary>
public sealed record BillingPreviewRequest(
    BillingPreviewSelection Selection,
    DateOnly? BillingDate,
    DateOnly? DueDate,
    decimal Discount,
    decimal Interest,
    string? NfeNumber,
    string? Observations,
    ClosingReportLayout Layout);

/// <summary>
/// The finalization screen's selection, as Billing's draft takes it: one client's pending lines by the page's filters
/// (data base, or exactly that due date with <see cref="ExactDueDate"/>; contracts and/or standalone items), the
/// selected groups or every group (<see cref="BillAll"/>).
/// </summary>
public sealed record BillingPreviewSelection(
    Guid ClientId,
    DateOnly BaseDate,
    DateOnly? ExactDueDate,
    bool Contracts,
    bool Standalone,
    IReadOnlyList<string> GroupKeys,
    bool BillAll);

/// <summary>The output of a consumption statement.</summary>
public enum ConsumptionStatementFormat
{
    Xlsx = 1,
    PdfSynthetic = 2,
    PdfDetailed = 3,
}

/// <summary>
/// A consumption statement of one or more clients (at most <see cref="ReportingLimits.StatementClients"/>): every contract
/// of those clients (or only <see cref="ContractIds"/>; other clients' contracts yield none), entries dated in [From, To]
/// (at most <see cref="ReportingLimits.StatementDays"/> days), and each client's standalone work, travel and extras.
/// Without <see cref="ShowValues"/> ("ver valores") no money appears: credit contracts are shown in hours, with no
/// allowance, excess or balance in R$, and no values of standalone items. <see cref="Format"/> is only read by
/// <see cref="IReportingModule.RenderConsumptionStatementAsync"/>.
/// </summary>
public sealed record ConsumptionStatementRequest(
    IReadOnlyList<Guid> ClientIds, IReadOnlyList<Guid>? ContractIds, DateOnly From, DateOnly To, ConsumptionStatementFormat Format, bool ShowValues = true)
{
    /// <summary>One client's statement, all its contracts or one.</summary>
    public ConsumptionStatementRequest(Guid clientId, Guid? contractId, DateOnly from, DateOnly to, ConsumptionStatementFormat format, bool showValues = true)
        : this([clientId], contractId is { } id ? [id] : null, from, to, format, showValues)
    {
    }
}
