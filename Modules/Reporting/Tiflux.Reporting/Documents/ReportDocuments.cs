using Tiflux.BuildingBlocks.Templating;
using Tiflux.Reporting.Pdf;

namespace Tiflux.Reporting.Documents;

/// <summary>The Reporting templates, parsed once (singleton), and the Chromium header and footer.</summary>
internal sealed class ReportTemplates() : EmbeddedTemplates(typeof(ReportTemplates).Assembly, "Tiflux.Reporting.Templates.")
{
    public const string Layout = "_layout";
    public const string Closing = "Billing/Closing";
    public const string Statement = "Consumption/Statement";
}

/// <summary>
/// HTML → PDF with the organisation's name and the title in the page header and page numbers in the footer. It only
/// renders (no database), so one instance may print several documents at once.
/// </summary>
internal sealed class ReportPrinter(ChromiumPdfRenderer renderer)
{
    public Task<byte[]> PrintAsync(string html, string organizationName, string documentTitle, CancellationToken cancellationToken) =>
        renderer.RenderAsync(html, new PageFrame(organizationName, documentTitle), cancellationToken);
}
