using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Billing;

/// <summary>Downloads a billing's attachment with its stored content type, always as a download (never rendered inline).</summary>
[Authorize(Policy = IdentityRegistration.CanBill)]
public sealed class AttachmentModel(IBillingWorkflow workflow) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await workflow.GetAttachmentAsync(id, attachmentId, cancellationToken);
        if (attachment is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(attachment.Content, attachment.ContentType, attachment.FileName);
    }
}
