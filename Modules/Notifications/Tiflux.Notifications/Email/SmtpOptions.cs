using Microsoft.Extensions.Options;
using MimeKit;

namespace Tiflux.Notifications.Email;

/// <summary>How the SMTP connection is secured.</summary>
internal enum SmtpSecurity
{
    None = 0,
    StartTls = 1,
    SslOnConnect = 2,
}

/// <summary>The SMTP server (configuration section <c>Smtp</c>), validated at start-up.</summary>
internal sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The From address, e.g. <c>Tiflux &lt;nao-responda@empresa.com.br&gt;</c>.</summary>
    public string Sender { get; set; } = "Tiflux <nao-responda@tiflux.local>";

    public int TimeoutSeconds { get; set; } = 30;
}

internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            errors.Add("Smtp:Host is required.");
        }

        if (options.Port is < 1 or > 65535)
        {
            errors.Add("Smtp:Port must be between 1 and 65535.");
        }

        if (!Enum.IsDefined(options.Security))
        {
            errors.Add("Smtp:Security must be None, StartTls or SslOnConnect.");
        }

        if (!MailboxAddress.TryParse(options.Sender, out var sender) || !sender.Address.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("Smtp:Sender must be an e-mail address, e.g. \"Tiflux <nao-responda@empresa.com.br>\".");
        }

        if (!string.IsNullOrEmpty(options.UserName) && options.Password is null)
        {
            errors.Add("Smtp:Password is required when Smtp:UserName is set.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
