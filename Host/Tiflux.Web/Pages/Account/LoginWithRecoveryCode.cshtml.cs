using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Account;

/// <summary>
/// The second sign-in step with one of the ten recovery codes instead of the app. Each code works once (Identity
/// removes it). Identity does not count wrong recovery codes, so this page does: they lock the account like wrong
/// passwords and wrong app codes, and a locked account cannot use a recovery code either.
/// </summary>
public sealed class LoginWithRecoveryCodeModel(SignInManager<TifluxUser> signIn, ISignInThrottle throttle, ISignInHistory history) : SecondSignInStepModel(signIn, throttle)
{
    public const string WrongCodeMessage =
        "Código de recuperação inválido ou já usado. Após 5 tentativas sem sucesso, o acesso à conta fica bloqueado por 15 minutos.";

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var (user, refusal) = await BeginAsync();
        if (user is null)
        {
            return refusal!;
        }

        var code = TwoFactorCodes.Normalize(Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(string.Empty, "Informe um dos seus códigos de recuperação.");
            return Page();
        }

        var users = SignInManager.UserManager;
        var lockedOut = await users.IsLockedOutAsync(user);
        var succeeded = !lockedOut && (await SignInManager.TwoFactorRecoveryCodeSignInAsync(code)).Succeeded;
        if (!succeeded && !lockedOut)
        {
            await users.AccessFailedAsync(user);
            lockedOut = await users.IsLockedOutAsync(user);
        }

        await history.RecordAsync(user.Email ?? "", ClientIp, succeeded, lockedOut, HttpContext.RequestAborted);
        if (succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(string.Empty, lockedOut ? LoginWithTwoFactorModel.LockedOutMessage : WrongCodeMessage);
        return Page();
    }
}
