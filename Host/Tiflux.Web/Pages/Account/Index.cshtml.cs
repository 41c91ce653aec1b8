using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Account;

/// <summary>Minha conta: who is signed in and the account's recent sign-in attempts (a stranger's attempts show here too).</summary>
public sealed class IndexModel(ISignInHistory history) : PageModel
{
    public const int RecentSignIns = 20;

    public IReadOnlyList<SignInEventDto> SignIns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        SignIns = await history.RecentAsync(Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!), RecentSignIns, cancellationToken);
}
