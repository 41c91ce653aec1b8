using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.ClientUsers;

/// <summary>
/// Clientes › Usuários do portal: what the pages share. There is no "Cadastrar solicitantes e usuários clientes"
/// permission in this installation, so the one that governs logins governs them: "Gerenciar usuários e permissões".
/// </summary>
[Authorize(Policy = Permissions.UsersManage)]
public abstract class ClientUsersPageModel : PageModel
{
    public Guid ClientId { get; protected set; }

    public string ClientName { get; protected set; } = "";

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

    /// <summary>The flags checked in a form (each checkbox posts its flag's number).</summary>
    public static PortalPermissions FromChecked(IEnumerable<int> flags) =>
        PortalPermissionCatalog.Known(flags.Aggregate(PortalPermissions.None, (all, f) => all | (PortalPermissions)f));
}
