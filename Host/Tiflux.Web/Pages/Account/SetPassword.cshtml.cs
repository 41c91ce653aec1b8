using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Account;

/// <summary>
/// The page an invitation or reset e-mail links to: the user chooses their password. The link is Identity's
/// password-reset token, single-use (setting the password changes the security stamp) and expiring.
/// </summary>
public sealed class SetPasswordModel(UserManager<TifluxUser> users) : PageModel
{
    public const string InvalidLink = "Este link é inválido, expirou ou já foi usado. Peça um novo link ao administrador.";

    [BindProperty(SupportsGet = true, Name = "usuario")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public string Email { get; private set; } = "";

    public bool LinkValid { get; private set; }

    public async Task OnGetAsync() => LinkValid = await FindAsync() is { } user
        && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<TifluxUser>.ResetPasswordTokenPurpose, Token ?? "");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindAsync() is not { } user)
        {
            ModelState.AddModelError("", InvalidLink);
            return Page();
        }

        LinkValid = true;
        if (string.IsNullOrEmpty(NewPassword) || NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "Informe a nova senha duas vezes, igual.");
            return Page();
        }

        var reset = await users.ResetPasswordAsync(user, Token ?? "", NewPassword);
        if (!reset.Succeeded)
        {
            foreach (var error in reset.Errors)
            {
                ModelState.AddModelError(error.Code == "InvalidToken" ? "" : nameof(NewPassword), error.Code == "InvalidToken" ? InvalidLink : error.Description);
            }

            LinkValid = reset.Errors.All(e => e.Code != "InvalidToken");
            return Page();
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        TempData["Flash"] = "Senha criada. Entre com o seu e-mail e a nova senha.";
        return Redirect("/conta/entrar");
    }

    /// <summary>An active user; an unknown or deactivated one is answered like a bad link.</summary>
    private async Task<TifluxUser?> FindAsync()
    {
        var user = UserId == Guid.Empty ? null : await users.FindByIdAsync(UserId.ToString());
        Email = user?.Email ?? "";
        return user is { IsActive: true } ? user : null;
    }
}
