using Tiflux.SharedKernel;

namespace Tiflux.Notifications.PublicApi;

/// <summary>
/// Configurações › E-mail (SMTP): the server the outbox sends through. Settings saved here win over the host's
/// <c>Smtp</c> configuration section, which stays the fallback while nothing is saved.
/// </summary>
public interface IEmailSettings
{
    /// <summary>The effective settings; the password is never returned, only whether one is stored.</summary>
    Task<SmtpSettingsDto> GetAsync(CancellationToken cancellationToken);

    /// <summary>Validates and saves; nothing is written when any field is invalid. A blank password keeps the stored one.</summary>
    Task<Result> SaveAsync(SaveSmtpSettingsRequest request, CancellationToken cancellationToken);

    /// <summary>Sends a test message now through the effective settings; the failure carries the SMTP error in pt-BR.</summary>
    Task<Result> SendTestAsync(string? recipient, string requestedBy, CancellationToken cancellationToken);
}

/// <summary>How the SMTP connection is secured: Nenhuma, STARTTLS or SSL/TLS.</summary>
public enum SmtpSecurityMode
{
    None = 0,
    StartTls = 1,
    SslOnConnect = 2,
}

/// <summary>The form as typed; the port is text so a non-number gets a message instead of a binding error.</summary>
public sealed record SaveSmtpSettingsRequest(
    string? Host,
    string? Port,
    SmtpSecurityMode Security,
    string? SenderName,
    string? SenderAddress,
    string? UserName,
    string? Password,
    string By);

/// <summary>
/// The settings in force. <see cref="FromConfiguration"/> is true while nothing was saved in the UI (the values shown
/// come from the <c>Smtp</c> configuration section).
/// </summary>
public sealed record SmtpSettingsDto(
    bool FromConfiguration,
    string Host,
    int Port,
    SmtpSecurityMode Security,
    string SenderName,
    string SenderAddress,
    string UserName,
    bool HasPassword,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt);

/// <summary>Bounds of the SMTP form, shared by the module's validation and the page's <c>maxlength</c>s.</summary>
public static class SmtpSettingsLimits
{
    public const int Host = 255;
    public const int SenderName = 100;
    public const int SenderAddress = 254;
    public const int UserName = 256;
    public const int Password = 256;
}
