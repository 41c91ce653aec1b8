using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>
/// Serves a file of ticket <c>number</c> (its own, an answer's or an internal note's) to signed-in staff, always as a
/// download with <c>nosniff</c>, so it never renders in our origin. A file of another ticket answers 404, as an unknown
/// one does; a note's file needs the internal-communication permission.
/// </summary>
[Authorize(Policy = Permissions.TicketsView)]
public sealed class TicketFileModel(ITicketConversation conversation) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int number, Guid id, CancellationToken cancellationToken)
    {
        var file = await conversation.GetFileAsync(id, cancellationToken);
        if (file is null || file.TicketNumber != number)
        {
            return NotFound();
        }

        if (!file.IsPublic && !User.Has(Permissions.TicketsInternalCommunication))
        {
            return Forbid();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
