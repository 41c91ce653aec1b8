using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Notifications.Email;

/// <summary>
/// Which SMTP server a send uses: the settings saved in the UI when there are any, else the <c>Smtp</c> configuration
/// section. Read per send, so a change applies to the next message without a restart.
/// </summary>
internal sealed class EffectiveSmtp(NotificationsDbContext db, IOptions<SmtpOptions> options, SmtpSecrets secrets)
{
    public async Task<SmtpEndpoint> GetAsync(CancellationToken cancellationToken)
    {
        var saved = await db.SmtpSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == 1, cancellationToken);
        var fallback = options.Value;
        if (saved is null)
        {
            return FromConfiguration(fallback);
        }

        return new SmtpEndpoint(
            saved.Host,
            saved.Port,
            saved.Security,
            new MailboxAddress(saved.SenderName, saved.SenderAddress),
            string.IsNullOrEmpty(saved.UserName) ? null : saved.UserName,
            secrets.Unprotect(saved.PasswordProtected),
            fallback.TimeoutSeconds);
    }

    public static SmtpEndpoint FromConfiguration(SmtpOptions smtp) =>
        new(
            smtp.Host,
            smtp.Port,
            smtp.Security switch
            {
                SmtpSecurity.StartTls => SmtpSecurityMode.StartTls,
                SmtpSecurity.SslOnConnect => SmtpSecurityMode.SslOnConnect,
                _ => SmtpSecurityMode.None,
            },
            MailboxAddress.Parse(smtp.Sender),
            string.IsNullOrEmpty(smtp.UserName) ? null : smtp.UserName,
            smtp.Password,
            smtp.TimeoutSeconds);
}
