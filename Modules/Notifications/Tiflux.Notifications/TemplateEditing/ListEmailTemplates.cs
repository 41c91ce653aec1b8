using Microsoft.EntityFrameworkCore;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Notifications.TemplateEditing;

internal sealed class ListEmailTemplates(NotificationsDbContext db, EmailTemplates templates)
{
    public async Task<IReadOnlyList<EmailTemplateSummaryDto>> HandleAsync(CancellationToken cancellationToken)
    {
        var saved = await db.TemplateOverrides.AsNoTracking().ToDictionaryAsync(o => o.TemplateName, StringComparer.Ordinal, cancellationToken);
        return [.. EmailTemplateCatalog.Editable(templates.Folders).Select(d => Summary(d, saved.GetValueOrDefault(d.Name)))];
    }

    public static EmailTemplateSummaryDto Summary(EmailTemplateDescriptor descriptor, EmailTemplateOverride? saved) =>
        new(descriptor.Name, descriptor.Label, descriptor.Description, saved is not null, saved?.UpdatedAt, saved?.UpdatedBy);
}
