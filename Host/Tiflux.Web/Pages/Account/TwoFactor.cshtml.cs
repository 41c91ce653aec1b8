using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Account;

/// <summary>
/// Minha conta › Autenticação em dois fatores: set up an authenticator app (QR code or key, confirmed with one code),
/// get ten recovery codes shown once, get new ones, or remove two-factor sign-in (with a code or a recovery code,
/// unless the organisation requires it).
/// </summary>
public sealed class TwoFactorModel(
    UserManager<TifluxUser> users, SignInManager<TifluxUser> signIn, IUsedAuthenticatorCodes codes, ITwoFactorPolicy policy) : PageModel
{
    public const int RecoveryCodeCount = 10;

    public const string WrongCodeMessage = "Código inválido. Digite o código de 6 dígitos que o aplicativo mostra agora (confira se a hora do celular está certa).";

    public const string ReusedCodeMessage = "Este código já foi usado. Aguarde o próximo código do aplicativo (ele muda a cada 30 segundos).";

    public const string RequiredMessage = "A sua organização exige a autenticação em dois fatores: ela não pode ser desativada.";

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string QrCodeSvg { get; private set; } = "";

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Only in the answer to the POST that made them: they are stored hashed and never shown again.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    /// <summary>What the POST just did, shown above the new recovery codes.</summary>
    public string? Message { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(await CurrentAsync(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!await CheckCodeAsync(user, nameof(Code)))
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return await ShowNewRecoveryCodesAsync(user, "Autenticação em dois fatores ativada.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!await CheckCodeAsync(user, "RecoveryCodes.Code"))
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        return await ShowNewRecoveryCodesAsync(user, "Novos códigos de recuperação gerados; os anteriores deixaram de valer.", cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (await policy.IsRequiredAsync(cancellationToken))
        {
            ModelState.AddModelError("Disable.Code", RequiredMessage);
        }
        else if (await ProvesSecondFactorAsync(user))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            // A later set-up starts from a new key, and the old recovery codes go.
            await users.ResetAuthenticatorKeyAsync(user);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            // The security stamp changed (remembered browsers and other sessions end); this session goes on.
            await signIn.RefreshSignInAsync(user);
            Flash = "Autenticação em dois fatores desativada.";
            return RedirectToPage();
        }

        await LoadAsync(user, cancellationToken);
        return Page();
    }

    /// <summary>A current authenticator code, or one of the recovery codes (which it uses up).</summary>
    private async Task<bool> ProvesSecondFactorAsync(TifluxUser user)
    {
        var code = TwoFactorCodes.Normalize(Code);
        if (code.Length == 6 && code.All(char.IsAsciiDigit))
        {
            return await CheckCodeAsync(user, "Disable.Code");
        }

        if (code.Length > 0 && (await users.RedeemTwoFactorRecoveryCodeAsync(user, code)).Succeeded)
        {
            return true;
        }

        ModelState.AddModelError("Disable.Code", "Informe um código do aplicativo ou um código de recuperação ainda não usado.");
        return false;
    }

    private async Task<bool> CheckCodeAsync(TifluxUser user, string errorKey)
    {
        var code = TwoFactorCodes.Normalize(Code);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(errorKey, "Informe o código de 6 dígitos do aplicativo autenticador.");
            return false;
        }

        var check = await codes.UseAsync(user, code);
        if (check != AuthenticatorCodeCheck.Accepted)
        {
            ModelState.AddModelError(errorKey, check == AuthenticatorCodeCheck.Reused ? ReusedCodeMessage : WrongCodeMessage);
        }

        return check == AuthenticatorCodeCheck.Accepted;
    }

    private async Task<IActionResult> ShowNewRecoveryCodesAsync(TifluxUser user, string message, CancellationToken cancellationToken)
    {
        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        // Turning 2FA on changes the security stamp; keep this session signed in.
        await signIn.RefreshSignInAsync(user);
        await LoadAsync(user, cancellationToken);
        Message = message;
        return Page();
    }

    private async Task<TifluxUser> CurrentAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private async Task LoadAsync(TifluxUser user, CancellationToken cancellationToken)
    {
        Enabled = user.TwoFactorEnabled;
        Required = await policy.IsRequiredAsync(cancellationToken);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // The first visit makes the key; it does nothing until a code from it is confirmed.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was stored.");
        }

        SharedKey = AuthenticatorEnrolment.Grouped(key);
        QrCodeSvg = AuthenticatorEnrolment.QrCodeSvg(AuthenticatorEnrolment.OtpAuthUri(user.Email ?? "", key));
    }
}
