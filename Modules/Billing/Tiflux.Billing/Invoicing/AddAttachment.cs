using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Invoicing;

/// <summary>Attaches a file to an existing billing; audited.</summary>
internal sealed class AddAttachment(BillingDbContext db, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(Guid billingId, AttachmentUpload upload, string by, CancellationToken cancellationToken)
    {
        if (!await db.Billings.AnyAsync(b => b.Id == billingId, cancellationToken))
        {
            return Error.NotFound("Faturamento não encontrado.");
        }

        if (AttachmentRules.Check(upload) is { } error)
        {
            return error;
        }

        var attachment = new BillingAttachment
        {
            BillingId = billingId,
            FileName = Path.GetFileName(upload.FileName),
            ContentType = AttachmentRules.ContentTypeFor(upload.FileName),
            Size = upload.Content.Length,
            Content = upload.Content,
            UploadedBy = by,
            UploadedAt = clock.GetUtcNow(),
        };
        db.Attachments.Add(attachment);
        db.Audit.Add(new BillingAudit { BillingId = billingId, Action = "Anexo incluído", By = by, At = attachment.UploadedAt, Details = attachment.FileName });
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(attachment.Id);
    }
}
