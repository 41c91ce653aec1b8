using Microsoft.AspNetCore.Mvc;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Tickets;

/// <summary>
/// A public file (the ticket's own or an answer's) of a ticket the user sees, always as a download with <c>nosniff</c>.
/// Anything else — another ticket's file, an internal note's, a ticket the user does not see — answers 404.
/// </summary>
public sealed class TicketFileModel(PortalTicketAccess access, ITicketConversation conversation) : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(int number, Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindVisibleAsync(Me, number, cancellationToken) is null)
        {
            return NotFound();
        }

        // Listed, not only fetched: the list says what the file is attached to, so a note's file is refused even if
        // the module's IsPublic rule were to change.
        var file = await conversation.GetFileAsync(id, cancellationToken);
        if (file is null || file.TicketNumber != number || !file.IsPublic || !await IsPublicListedAsync(number, id, cancellationToken))
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<bool> IsPublicListedAsync(int number, Guid id, CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            var files = await conversation.ListFilesAsync(number, publicOnly: true, page, Tiflux.SharedKernel.PagedList.MaxSize, cancellationToken);
            if (!files.IsSuccess)
            {
                return false;
            }

            if (files.Value.Items.Any(f => f.Id == id && f.Owner is TicketFileOwner.Ticket or TicketFileOwner.Answer))
            {
                return true;
            }

            if (page >= files.Value.TotalPages)
            {
                return false;
            }
        }
    }
}
