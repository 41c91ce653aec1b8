using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>Downloads a billing's closing report: ?layout=sintetico|detalhado|apontamentos|grupo.</summary>
[Authorize(Policy = Permissions.Billing)]
public sealed class BillingPdfModel(IReportingModule reporting) : PageModel
{
    public string ErrorMessage { get; private set; } = "";

    /// <summary>No layout means the synthetic one (the links' default).</summary>
    public static ClosingReportLayout? ParseLayout(string? value) =>
        string.IsNullOrWhiteSpace(value) ? ClosingReportLayout.Synthetic : ClosingReportLayouts.FromSlug(value);

    public async Task<IActionResult> OnGetAsync(Guid billingId, string? layout, CancellationToken cancellationToken)
    {
        if (ParseLayout(layout) is not { } chosen)
        {
            ErrorMessage = "Modelo de relatório desconhecido. Use sintetico, detalhado, apontamentos ou grupo.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var file = await reporting.RenderBillingPdfAsync(billingId, chosen, cancellationToken);
        if (file.IsSuccess)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
        }

        var error = file.Errors[0];
        if (error.Code == "not_found")
        {
            return NotFound();
        }

        ErrorMessage = error.Message;
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }
}
