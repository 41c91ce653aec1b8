using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Account;

/// <summary>
/// The second sign-in step with one of the ten recovery codes instead of the app. Each code works once (Identity
/// removes it). Identity does not count wrong recovery codes, so this page does: they lock the account like wrong
/// passwords and wrong app codes, and a locked account cannot use a recovery code either.
/// </summary>
public sealed class LoginWithRecoveryCodeModel(SignInManager<TifluxUser> signIn, ISignInThrottle throttle, ISignInHistory history) : PageModel
{
    public const string WrongCodeMessage =
        "Código de recuperação inválido ou já usado. Após 5 tentativas sem sucesso, o acesso à conta fica bloqueado por 15 minutos.";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? NoSignInInProgress() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return NoSignInInProgress();
        }

        var ip = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        if (!throttle.TryAttempt(ip))
        {
            ModelState.AddModelError(string.Empty, SignInThrottle.TooManyMessage);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var code = TwoFactorCodes.Normalize(Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(string.Empty, "Informe um dos seus códigos de recuperação.");
            return Page();
        }

        var users = signIn.UserManager;
        var lockedOut = await users.IsLockedOutAsync(user);
        var succeeded = !lockedOut && (await signIn.TwoFactorRecoveryCodeSignInAsync(code)).Succeeded;
        if (!succeeded && !lockedOut)
        {
            await users.AccessFailedAsync(user);
            lockedOut = await users.IsLockedOutAsync(user);
        }

        await history.RecordAsync(user.Email ?? "", ip, succeeded, lockedOut, HttpContext.RequestAborted);
        if (succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(string.Empty, lockedOut ? LoginWithTwoFactorModel.LockedOutMessage : WrongCodeMessage);
        return Page();
    }

    /// <summary>No password step is pending: someone already signed in goes home, anyone else to the sign-in form.</summary>
    private RedirectResult NoSignInInProgress() => Redirect(User.Identity?.IsAuthenticated == true ? "/" : "/conta/entrar");
}
