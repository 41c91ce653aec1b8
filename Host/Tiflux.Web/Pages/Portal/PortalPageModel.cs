using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal;

/// <summary>What every portal page shares: the signed-in client user, money only with "ver valores", errors into ModelState.</summary>
[Authorize(Policy = UserPolicies.Portal)]
public abstract class PortalPageModel : PageModel
{
    /// <summary>The client user; the Portal policy admits only client users, so it is never null inside a handler.</summary>
    public PortalUser Me => PortalUser.From(User)!;

    public bool ShowMoney => Me.Has(PortalPermissions.SeeValues);

    public string Money(decimal? value) => PtBr.Money(value, ShowMoney);

    protected ActorDto Actor => PortalActor.Of(Me);

    /// <summary>Puts each error next to its field (<c>prefix.Field</c>) or in the summary when it has none.</summary>
    protected void AddErrors(Result result, string prefix)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field is null ? "" : $"{prefix}.{error.Field}", error.Message);
        }
    }
}
