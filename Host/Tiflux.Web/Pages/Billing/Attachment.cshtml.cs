using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Billing;

/// <summary>Downloads a billing's attachment with its stored content type, always as a download (never rendered inline).</summary>
[Authorize(Policy = Permissions.Billing)]
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
