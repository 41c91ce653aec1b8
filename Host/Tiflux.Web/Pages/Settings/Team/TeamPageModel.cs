using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Settings.Team;

/// <summary>Configurações › Usuários: what the team pages share — the permission, the acting user, errors into ModelState.</summary>
[Authorize(Policy = Permissions.UsersManage)]
public abstract class TeamPageModel : PageModel
{
    /// <summary>The acting user, named by their sign-in e-mail in the audit.</summary>
    protected UserActor Actor => new(Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!), User.Identity?.Name ?? "?");

    /// <summary>Each error next to its field (<c>Input.Field</c>) or in the summary when it has none.</summary>
    protected void AddErrors(Result result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(error.Field) ? "" : $"Input.{error.Field}", error.Message);
        }
    }
}
