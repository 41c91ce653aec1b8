using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Settings.Team;

/// <summary>One user: edit, deactivate or reactivate, send a password link, reset two-factor sign-in.</summary>
public sealed class EditUserModel(IUserAdministration users, IGroupAdministration groups) : UserFormModel(groups)
{
    [FromRoute]
    public Guid Id { get; set; }

    public UserDetailDto Current { get; private set; } = null!;

    public bool IsSelf => Current.Id == Actor.UserId;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new UserInput
        {
            Name = Current.Name,
            Email = Current.Email,
            Phone = Current.Phone,
            PermissionGroupIds = [.. Current.PermissionGroupIds],
            AttendantGroupIds = [.. Current.AttendantGroupIds],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await AfterAsync(
            await users.UpdateAsync(Id, new UserChanges(Input.Name ?? "", Input.Email ?? "", Input.Phone ?? "", Input.PermissionGroupIds, Input.AttendantGroupIds), Actor, cancellationToken),
            "Usuário salvo.", cancellationToken);

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await users.SetActiveAsync(Id, false, Actor, cancellationToken), "Usuário desativado: ele não consegue mais entrar nem usar tokens de API.", cancellationToken);

    public async Task<IActionResult> OnPostReactivateAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await users.SetActiveAsync(Id, true, Actor, cancellationToken), "Usuário reativado.", cancellationToken);

    public async Task<IActionResult> OnPostPasswordLinkAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await users.SendPasswordLinkAsync(Id, Actor, cancellationToken), "Link para criar a senha enviado por e-mail.", cancellationToken);

    public async Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await users.ResetTwoFactorAsync(Id, Actor, cancellationToken), "Autenticação em dois fatores desativada; o usuário deve configurá-la de novo.", cancellationToken);

    private async Task<IActionResult> AfterAsync(Result result, string flash, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Flash"] = flash;
            return Redirect($"/configuracoes/usuarios/{Id}");
        }

        if (result.Errors.Any(e => e.Code == "not_found"))
        {
            return NotFound();
        }

        AddErrors(result);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await users.GetAsync(Id, cancellationToken) is not { } user)
        {
            return false;
        }

        Current = user;
        await LoadChoicesAsync(cancellationToken);
        return true;
    }
}
