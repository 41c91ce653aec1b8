using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;

namespace Tiflux.Web.Pages.Settings.Team;

/// <summary>"+ Usuário": the new user gets an e-mail with a single-use link to set their password.</summary>
public sealed class NewUserModel(IUserAdministration users, IGroupAdministration groups) : UserFormModel(groups)
{
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await users.InviteAsync(
            new UserFields(Input.Name ?? "", Input.Email ?? "", Input.Phone, Input.PermissionGroupIds, Input.AttendantGroupIds), Actor, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = $"Convite enviado para {Input.Email?.Trim()}.";
            return Redirect($"/configuracoes/usuarios/{result.Value}");
        }

        AddErrors(result);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }
}
