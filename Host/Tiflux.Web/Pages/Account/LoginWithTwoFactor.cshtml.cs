using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Account;

/// <summary>
/// The second sign-in step for a user with two-factor sign-in: the code of the authenticator app. Identity counts
/// wrong codes towards the account's lockout (5, like passwords); a code already accepted is refused here
/// (<see cref="IUsedAuthenticatorCodes"/>). Every attempt goes to the account's sign-in history.
/// </summary>
public sealed class LoginWithTwoFactorModel(
    SignInManager<TifluxUser> signIn, IUsedAuthenticatorCodes usedCodes, ISignInThrottle throttle, ISignInHistory history) : SecondSignInStepModel(signIn, throttle)
{
    public const string WrongCodeMessage =
        "Código inválido. Digite o código de 6 dígitos que o aplicativo mostra agora. Após 5 tentativas sem sucesso, o acesso à conta fica bloqueado por 15 minutos.";

    public const string LockedOutMessage = "Acesso à conta bloqueado por 15 minutos depois de 5 tentativas sem sucesso.";

    [BindProperty]
    public string? Code { get; set; }

    /// <summary>"Lembrar este navegador": no code asked here again until the security stamp changes.</summary>
    [BindProperty]
    public bool RememberBrowser { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var (user, refusal) = await BeginAsync();
        if (user is null)
        {
            return refusal!;
        }

        var code = TwoFactorCodes.Normalize(Code);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(string.Empty, "Informe o código de 6 dígitos do aplicativo autenticador.");
            return Page();
        }

        var answer = await SignInAsync(user, code);
        await history.RecordAsync(user.Email ?? "", ClientIp, answer is null, answer == LockedOutMessage, HttpContext.RequestAborted);
        if (answer is null)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(string.Empty, answer);
        return Page();
    }

    /// <summary>Null when signed in, else the message to show.</summary>
    private async Task<string?> SignInAsync(TifluxUser user, string code)
    {
        if (await SignInManager.UserManager.IsLockedOutAsync(user))
        {
            return LockedOutMessage;
        }

        if (await usedCodes.WasUsedAsync(user, code))
        {
            // A replayed code is a wrong code: it counts towards the lockout.
            await SignInManager.UserManager.AccessFailedAsync(user);
            return await SignInManager.UserManager.IsLockedOutAsync(user) ? LockedOutMessage : TwoFactorModel.ReusedCodeMessage;
        }

        var result = await SignInManager.TwoFactorAuthenticatorSignInAsync(code, RememberMe, RememberBrowser);
        if (result.Succeeded && !await usedCodes.MarkUsedAsync(user, code))
        {
            // Another request used the same code at the same moment and won.
            await SignInManager.SignOutAsync();
            return TwoFactorModel.ReusedCodeMessage;
        }

        return result.Succeeded ? null : result.IsLockedOut ? LockedOutMessage : WrongCodeMessage;
    }
}
