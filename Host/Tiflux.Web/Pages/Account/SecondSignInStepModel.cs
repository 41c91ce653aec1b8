using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Account;

/// <summary>
/// What the two code pages of the second sign-in step share: they need a password step in progress, and each post is
/// counted by the per-IP throttle like the password form.
/// </summary>
public abstract class SecondSignInStepModel(SignInManager<TifluxUser> signIn, ISignInThrottle throttle) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    protected SignInManager<TifluxUser> SignInManager => signIn;

    protected string ClientIp => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? NoSignInInProgress() : Page();

    /// <summary>The user whose password was right, or the answer to give instead (no step pending, or throttled).</summary>
    protected async Task<(TifluxUser? User, IActionResult? Answer)> BeginAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return (null, NoSignInInProgress());
        }

        if (!throttle.TryAttempt(ClientIp))
        {
            ModelState.AddModelError(string.Empty, SignInThrottle.TooManyMessage);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return (null, Page());
        }

        return (user, null);
    }

    /// <summary>No password step is pending: someone already signed in goes home, anyone else to the sign-in form.</summary>
    private RedirectResult NoSignInInProgress() => Redirect(User.Identity?.IsAuthenticated == true ? "/" : "/conta/entrar");
}
