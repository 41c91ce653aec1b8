using Microsoft.EntityFrameworkCore;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.TemplateEditing;

internal sealed class GetEmailTemplate(NotificationsDbContext db, EmailTemplateCheck check)
{
    public async Task<Result<EmailTemplateDto>> HandleAsync(string name, CancellationToken cancellationToken)
    {
        var descriptor = check.Find(name);
        if (descriptor is null)
        {
            return EmailTemplateCheck.NotFound;
        }

        var saved = await db.TemplateOverrides.AsNoTracking().SingleOrDefaultAsync(o => o.TemplateName == descriptor.Name, cancellationToken);
        return Result<EmailTemplateDto>.Success(new EmailTemplateDto(
            ListEmailTemplates.Summary(descriptor, saved),
            saved?.Subject ?? EmailTemplates.DefaultSource(descriptor.Name, "Subject"),
            saved?.Html ?? EmailTemplates.DefaultSource(descriptor.Name, "Html"),
            saved?.Text ?? EmailTemplates.DefaultSource(descriptor.Name, "Text"),
            TemplateVariables.Of(descriptor)));
    }
}
