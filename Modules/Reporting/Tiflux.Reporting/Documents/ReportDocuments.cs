using System.Net;
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
    public async Task<byte[]> PrintAsync(string html, string organizationName, string documentTitle, CancellationToken cancellationToken)
    {
        const string style = "font-family:'Liberation Sans',Arial,sans-serif;font-size:8px;color:#556;width:100%;padding:0 12mm;display:flex;justify-content:space-between;";
        var header = $"<div style=\"{style}\"><span>{WebUtility.HtmlEncode(organizationName)}</span><span>{WebUtility.HtmlEncode(documentTitle)}</span></div>";
        var footer = $"<div style=\"{style}\"><span></span><span>Página <span class=\"pageNumber\"></span> de <span class=\"totalPages\"></span></span></div>";
        return await renderer.RenderAsync(html, header, footer, cancellationToken);
    }
}
