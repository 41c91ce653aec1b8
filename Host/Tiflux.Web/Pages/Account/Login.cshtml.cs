using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Account;

public sealed class LoginModel(
    SignInManager<TifluxUser> signIn, ISignInThrottle throttle, ISignInHistory history) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var ip = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        if (!throttle.TryAttempt(ip))
        {
            ModelState.AddModelError(string.Empty, SignInThrottle.TooManyMessage);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var email = Input.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            // Right password, and the account signs in with two factors: the code page records the attempt's outcome.
            return RedirectToPage("/Account/LoginWithTwoFactor", new { ReturnUrl, Input.RememberMe });
        }

        await history.RecordAsync(email, ip, result.Succeeded, result.IsLockedOut, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        // Unknown, wrong and locked accounts are answered alike, so the form does not tell which e-mails have accounts.
        ModelState.AddModelError(string.Empty, FailedMessage);
        return Page();
    }

    public const string FailedMessage =
        "E-mail ou senha inválidos. Após 5 tentativas sem sucesso, o acesso à conta fica bloqueado por 15 minutos.";

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Informe o e-mail.")]
        [EmailAddress(ErrorMessage = "E-mail inválido.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Informe a senha.")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
