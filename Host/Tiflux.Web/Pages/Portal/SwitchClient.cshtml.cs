using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Identity.ClientUsers;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal;

/// <summary>
/// The client switcher's POST: the user works as another of their linked clients from now on (the sign-in is
/// refreshed so the claims change at once). A client not linked to them answers 404, like any other client's id.
/// </summary>
public sealed class SwitchClientModel(IPortalSession session) : PageModel
{
    public IActionResult OnGet() => Redirect("/portal");

    public async Task<IActionResult> OnPostAsync(Guid clientId)
    {
        if (!await session.SwitchClientAsync(PortalUser.From(User)!.UserId, clientId))
        {
            return NotFound();
        }

        return Redirect("/portal");
    }
}
