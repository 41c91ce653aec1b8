using Microsoft.EntityFrameworkCore;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Email;

/// <summary>Saves the SMTP server; a blank password keeps the stored one, a blank user drops it.</summary>
internal sealed class SaveSmtpSettings(NotificationsDbContext db, SmtpSecrets secrets, TimeProvider clock)
{
    public async Task<Result> HandleAsync(SaveSmtpSettingsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var row = await db.SmtpSettings.SingleOrDefaultAsync(s => s.Id == 1, cancellationToken);
        var checkedInput = SmtpSettingsRules.Validate(request, hasStoredPassword: !string.IsNullOrEmpty(row?.PasswordProtected));
        if (!checkedInput.IsSuccess)
        {
            return Result.Failure(checkedInput.Errors);
        }

        var valid = checkedInput.Value;
        if (row is null)
        {
            row = new SmtpSettings();
            db.SmtpSettings.Add(row);
        }

        (row.Host, row.Port, row.Security, row.SenderName, row.SenderAddress, row.UserName) =
            (valid.Host, valid.Port, valid.Security, valid.SenderName, valid.SenderAddress, valid.UserName);
        if (valid.UserName.Length == 0)
        {
            // Without a user there is no authentication: a kept password would only linger.
            row.PasswordProtected = null;
        }
        else if (valid.NewPassword is { } password)
        {
            row.PasswordProtected = secrets.Protect(password);
        }

        row.UpdatedBy = request.By;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
