using Microsoft.EntityFrameworkCore;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.TemplateEditing;

/// <summary>Saves an administrator's version once it renders with the sample data; the next e-mails use it.</summary>
internal sealed class SaveEmailTemplate(NotificationsDbContext db, EmailTemplateCheck check, TimeProvider clock)
{
    public async Task<Result> HandleAsync(SaveEmailTemplateRequest request, CancellationToken cancellationToken)
    {
        var checkedTemplate = check.Run(request);
        if (!checkedTemplate.IsSuccess)
        {
            return Result.Failure(checkedTemplate.Errors);
        }

        var row = await db.TemplateOverrides.SingleOrDefaultAsync(o => o.TemplateName == request.Name, cancellationToken);
        if (row is null)
        {
            row = new EmailTemplateOverride { TemplateName = request.Name };
            db.TemplateOverrides.Add(row);
        }

        (row.Subject, row.Html, row.Text) = (request.Subject!, request.Html!, request.Text!);
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = request.By;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
