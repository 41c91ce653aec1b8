using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Account;

/// <summary>
/// Minha conta: the signed-in user's name and phone, the signature appended to their ticket answers on request, a
/// password change (the current password is required), and the
/// account's recent sign-in attempts (a stranger's attempts show here too).
/// </summary>
public sealed class IndexModel(UserManager<TifluxUser> users, SignInManager<TifluxUser> signIn, ISignInHistory history) : PageModel
{
    public const int RecentSignIns = 20;

    public IReadOnlyList<SignInEventDto> SignIns { get; private set; } = [];

    public string Email { get; private set; } = "";

    public bool TwoFactorEnabled { get; private set; }

    [BindProperty]
    public ProfileInput Profile { get; set; } = new();

    [BindProperty]
    public SignatureInput Signature { get; set; } = new();

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        Profile = new ProfileInput { FullName = user.FullName, PhoneNumber = user.PhoneNumber };
        Signature = new SignatureInput { Text = user.Signature };
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (!Validate(Profile, nameof(Profile)))
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        user.FullName = Profile.FullName.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(Profile.PhoneNumber) ? null : Profile.PhoneNumber.Trim();
        var updated = await users.UpdateAsync(user);
        return await AfterAsync(user, updated, "Dados atualizados.", cancellationToken);
    }

    /// <summary>Plain text: stored as typed (line breaks normalised), shown and e-mailed encoded; blank removes it.</summary>
    public async Task<IActionResult> OnPostSignatureAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        // Browsers post CRLF; the limit counts what is stored, so the binding's verdict on the raw text is judged again.
        Signature.Text = Signature.Text?.ReplaceLineEndings("\n").Trim();
        ModelState.Remove($"{nameof(Signature)}.{nameof(SignatureInput.Text)}");
        if (!Validate(Signature, nameof(Signature)))
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        user.Signature = string.IsNullOrEmpty(Signature.Text) ? null : Signature.Text;
        var updated = await users.UpdateAsync(user);
        return await AfterAsync(user, updated, user.Signature is null ? "Assinatura removida." : "Assinatura salva.", cancellationToken);
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (!Validate(Password, nameof(Password)))
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        var changed = await users.ChangePasswordAsync(user, Password.CurrentPassword, Password.NewPassword);
        if (changed.Succeeded)
        {
            // The security stamp changed: other sessions of this account end; this one is signed in again.
            await signIn.RefreshSignInAsync(user);
        }

        return await AfterAsync(user, changed, "Senha alterada. As outras sessões desta conta foram encerradas.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(TifluxUser user, IdentityResult result, string success, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            Flash = success;
            return RedirectToPage();
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error.Description);
        }

        await LoadAsync(user, cancellationToken);
        return Page();
    }

    /// <summary>Only the posted form is judged: the other form's empty fields are not errors.</summary>
    private bool Validate(object input, string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        return TryValidateModel(input, prefix);
    }

    private async Task<TifluxUser> CurrentAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private async Task LoadAsync(TifluxUser user, CancellationToken cancellationToken)
    {
        Email = user.Email ?? "";
        TwoFactorEnabled = user.TwoFactorEnabled;
        SignIns = await history.RecentAsync(user.Id, RecentSignIns, cancellationToken);
    }

    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "Informe o nome.")]
        [StringLength(200, ErrorMessage = "O nome deve ter no máximo 200 caracteres.")]
        public string FullName { get; set; } = "";

        [StringLength(30, ErrorMessage = "O telefone deve ter no máximo 30 caracteres.")]
        [RegularExpression(@"^[0-9()+\-. ]*$", ErrorMessage = "O telefone só pode ter números, espaços e ( ) + - .")]
        public string? PhoneNumber { get; set; }
    }

    public sealed class SignatureInput
    {
        [StringLength(UserLimits.SignatureLength, ErrorMessage = "A assinatura deve ter no máximo {1} caracteres.")]
        public string? Text { get; set; }
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Informe a senha atual.")]
        [StringLength(200)]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Informe a nova senha.")]
        [StringLength(200, ErrorMessage = "A senha deve ter no máximo 200 caracteres.")]
        public string NewPassword { get; set; } = "";

        [Compare(nameof(NewPassword), ErrorMessage = "A confirmação não é igual à nova senha.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
