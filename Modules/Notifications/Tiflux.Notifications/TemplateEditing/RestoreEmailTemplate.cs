using Microsoft.EntityFrameworkCore;
using Tiflux.Notifications.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.TemplateEditing;

/// <summary>"Restaurar padrão": deletes the saved version, so the built-in template is used again.</summary>
internal sealed class RestoreEmailTemplate(NotificationsDbContext db, EmailTemplateCheck check)
{
    public async Task<Result> HandleAsync(string name, CancellationToken cancellationToken)
    {
        if (check.Find(name) is null)
        {
            return Result.Failure([EmailTemplateCheck.NotFound]);
        }

        await db.TemplateOverrides.Where(o => o.TemplateName == name).ExecuteDeleteAsync(cancellationToken);
        return Result.Success();
    }
}
