using MimeKit;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Notifications.Email;

/// <summary>Everything one send needs to reach the server, whichever source (saved settings or configuration) it came from.</summary>
internal sealed record SmtpEndpoint(
    string Host,
    int Port,
    SmtpSecurityMode Security,
    MailboxAddress Sender,
    string? UserName,
    string? Password,
    int TimeoutSeconds);
