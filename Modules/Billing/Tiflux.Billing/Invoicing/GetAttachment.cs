using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Invoicing;

internal sealed class GetAttachment(BillingDbContext db)
{
    public async Task<AttachmentUpload?> HandleAsync(Guid billingId, Guid attachmentId, CancellationToken cancellationToken) =>
        await db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId && a.BillingId == billingId)
            .Select(a => new AttachmentUpload(a.FileName, a.ContentType, a.Content)).SingleOrDefaultAsync(cancellationToken);
}
