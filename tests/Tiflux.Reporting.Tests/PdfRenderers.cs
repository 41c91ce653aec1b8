using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tiflux.Reporting.Pdf;

namespace Tiflux.Reporting.Tests;

/// <summary>A renderer of its own (its own Chromium) with the options a test needs; no database.</summary>
internal static class PdfRenderers
{
    public static ChromiumPdfRenderer Create(PdfOptions options) =>
        new(Options.Create(options), NullLogger<ChromiumPdfRenderer>.Instance, NullLoggerFactory.Instance);

    public static async Task<PdfText> RenderTextAsync(this ChromiumPdfRenderer renderer, string html, PageFrame? frame = null) =>
        PdfText.Read(await renderer.RenderAsync(html, frame ?? new PageFrame("Org", "Título"), default));
}
