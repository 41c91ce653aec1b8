using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Settings;

/// <summary>
/// Configurações › E-mail (SMTP): the server the outbox sends through, saved in the Notifications module (password
/// write-only), and "Enviar e-mail de teste". The module validates; the page shows its messages.
/// </summary>
[Authorize(Policy = Permissions.OrganizationSettings)]
public sealed class EmailModel(IEmailSettings settings) : PageModel
{
    [BindProperty]
    public SmtpForm Input { get; set; } = new();

    [BindProperty(Name = "destinatario")]
    public string? TestRecipient { get; set; }

    public SmtpSettingsDto Current { get; private set; } = null!;

    public IReadOnlyList<string> SaveErrors { get; private set; } = [];

    public IReadOnlyList<string> TestErrors { get; private set; } = [];

    private string By => User.Identity?.Name ?? "?";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await settings.GetAsync(cancellationToken);
        Input = SmtpForm.From(Current);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await settings.SaveAsync(new SaveSmtpSettingsRequest(
            Input.Host, Input.Port, Input.Security, Input.SenderName, Input.SenderAddress, Input.UserName, Input.Password, By), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = "Configurações de e-mail salvas. Os próximos e-mails saem por este servidor.";
            return RedirectToPage();
        }

        SaveErrors = [.. result.Errors.Select(e => e.Message)];
        Current = await settings.GetAsync(cancellationToken);
        Input.Password = null;
        return Page();
    }

    public async Task<IActionResult> OnPostTesteAsync(CancellationToken cancellationToken)
    {
        var result = await settings.SendTestAsync(TestRecipient, By, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = $"E-mail de teste enviado para {TestRecipient?.Trim()}.";
            return RedirectToPage();
        }

        TestErrors = [.. result.Errors.Select(e => e.Message)];
        Current = await settings.GetAsync(cancellationToken);
        Input = SmtpForm.From(Current);
        return Page();
    }

    public static string SecurityLabel(SmtpSecurityMode security) => security switch
    {
        SmtpSecurityMode.StartTls => "STARTTLS",
        SmtpSecurityMode.SslOnConnect => "SSL/TLS",
        _ => "Nenhuma",
    };

    /// <summary>The form as typed; the password field always starts empty (write-only).</summary>
    public sealed class SmtpForm
    {
        public string? Host { get; set; }

        public string? Port { get; set; }

        public SmtpSecurityMode Security { get; set; }

        public string? SenderName { get; set; }

        public string? SenderAddress { get; set; }

        public string? UserName { get; set; }

        public string? Password { get; set; }

        public static SmtpForm From(SmtpSettingsDto s)
        {
            ArgumentNullException.ThrowIfNull(s);
            return new SmtpForm
            {
                Host = s.Host,
                Port = s.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Security = s.Security,
                SenderName = s.SenderName,
                SenderAddress = s.SenderAddress,
                UserName = s.UserName,
            };
        }
    }
}
