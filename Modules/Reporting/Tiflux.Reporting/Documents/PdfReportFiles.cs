using Microsoft.Extensions.Logging;
using Tiflux.Reporting.Pdf;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.Documents;

/// <summary>Prints HTML as a PDF file; a renderer failure is logged and becomes a "pdf_unavailable" error, not an exception.</summary>
internal sealed partial class PdfReportFiles(ReportPrinter printer, ILogger<PdfReportFiles> logger)
{
    private const string PdfType = "application/pdf";

    public async Task<Result<ReportFile>> PrintAsync(string html, OrganizationView organization, string title, string fileName, CancellationToken cancellationToken)
    {
        try
        {
            return Result<ReportFile>.Success(new ReportFile(fileName, PdfType, await printer.PrintAsync(html, organization.Name, title, cancellationToken)));
        }
        catch (PdfRenderingException ex)
        {
            LogPdfFailed(logger, fileName, ex);
            return new Error("pdf_unavailable", ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "PDF {FileName} could not be rendered")]
    private static partial void LogPdfFailed(ILogger logger, string fileName, Exception exception);
}
