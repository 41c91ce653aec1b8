using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Tickets.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>Serves an extra valuation's file to signed-in staff, always as a download so it never renders in our origin.</summary>
[Authorize(Policy = Permissions.TicketsView)]
public sealed class AttachmentModel(ITicketQueries tickets) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var attachment = await tickets.GetAttachmentAsync(id, cancellationToken);
        if (attachment is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(attachment.Content, attachment.ContentType, attachment.FileName);
    }
}
