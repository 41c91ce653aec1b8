using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tiflux.BuildingBlocks.Templating;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Persistence;

namespace Tiflux.Notifications.TemplateEditing;

/// <summary>
/// Renders an e-mail for sending: the administrator's version when one is saved, else the built-in one. A saved
/// version passed the sample check, but real data can still break it (say, a list the sample had and the event lacks):
/// then the built-in template is used and a warning logged, so the e-mail still goes out.
/// </summary>
internal sealed partial class EmailTemplateOverrides(NotificationsDbContext db, EmailTemplates templates, ILogger<EmailTemplateOverrides> logger)
{
    public async Task<(string Subject, string Html, string Text)> ComposeAsync(string folder, object model, CancellationToken cancellationToken)
    {
        var custom = await db.TemplateOverrides.AsNoTracking().SingleOrDefaultAsync(o => o.TemplateName == folder, cancellationToken);
        if (custom is not null)
        {
            try
            {
                return templates.Compose(folder, model, custom);
            }
            catch (TemplateException e)
            {
                LogFallback(logger, folder, e.Message);
            }
        }

        return templates.Compose(folder, model);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The edited e-mail template {Folder} failed to render; the built-in one was used: {Reason}")]
    private static partial void LogFallback(ILogger logger, string folder, string reason);
}
