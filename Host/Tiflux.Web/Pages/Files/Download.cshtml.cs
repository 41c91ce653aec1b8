using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Attachments;

namespace Tiflux.Web.Pages.Files;

/// <summary>
/// The signed link an e-mailed answer carries to each of its files (<see cref="TicketFileLink"/>). Anonymous on
/// purpose: the token is the authorization. Only a genuine, unexpired token for this very file, and only a public file
/// (never an internal note's), downloads; anything else is the plain 404 page, which never says which check failed.
/// </summary>
[AllowAnonymous]
public sealed class DownloadModel(ITicketConversation conversation, IDataProtectionProvider protection, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "t")] string? token, CancellationToken cancellationToken)
    {
        if (!TicketFileLinkTokens.Admits(protection, token, id, clock.GetUtcNow())
            || await conversation.GetFileAsync(id, cancellationToken) is not { IsPublic: true } file)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
