using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Identity.ClientUsers;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal;

/// <summary>
/// Termos de uso: a client user accepts them once, on their first portal visit, before any other portal page opens
/// (<see cref="PortalTermsGate"/>); the acceptance is stored on the user.
/// </summary>
public sealed class TermsModel(IPortalSession session) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Accepted { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "termos";
        Accepted = await session.HasAcceptedTermsAsync(PortalUser.From(User)!.UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await session.AcceptTermsAsync(PortalUser.From(User)!.UserId, cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/portal", StringComparison.Ordinal) ? ReturnUrl : "/portal");
    }
}
