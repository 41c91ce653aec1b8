using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Notifications.Email;

/// <summary>The settings in force for the page: the saved row, else the configuration; never the password itself.</summary>
internal sealed class GetSmtpSettings(NotificationsDbContext db, IOptions<SmtpOptions> options)
{
    public async Task<SmtpSettingsDto> HandleAsync(CancellationToken cancellationToken)
    {
        var saved = await db.SmtpSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == 1, cancellationToken);
        if (saved is not null)
        {
            return new SmtpSettingsDto(false, saved.Host, saved.Port, saved.Security, saved.SenderName, saved.SenderAddress, saved.UserName,
                !string.IsNullOrEmpty(saved.PasswordProtected), saved.UpdatedBy, saved.UpdatedAt);
        }

        var configured = EffectiveSmtp.FromConfiguration(options.Value);
        return new SmtpSettingsDto(true, configured.Host, configured.Port, configured.Security, configured.Sender.Name ?? "", configured.Sender.Address,
            configured.UserName ?? "", !string.IsNullOrEmpty(configured.Password), null, null);
    }
}
