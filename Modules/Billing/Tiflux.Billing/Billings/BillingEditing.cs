using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Billings;

/// <summary>After billing only the NFe number, observations and attachments change; every change is audited.</summary>
internal sealed class BillingEditing(BillingDbContext db, TimeProvider clock)
{
    public async Task<Result> UpdateAsync(Guid billingId, UpdateBillingRequest request, CancellationToken cancellationToken)
    {
        var billing = await db.Billings.SingleOrDefaultAsync(b => b.Id == billingId, cancellationToken);
        if (billing is null)
        {
            return Result.Failure(Error.NotFound("Faturamento não encontrado."));
        }

        var nfe = (request.NfeNumber ?? "").Trim();
        var observations = (request.Observations ?? "").Trim();
        if (nfe.Length > BillingLimits.NfeNumber)
        {
            return Result.Failure(Error.Validation("NfeNumber", $"O número da NFe deve ter no máximo {BillingLimits.NfeNumber} caracteres."));
        }

        if (observations.Length > BillingLimits.Observations)
        {
            return Result.Failure(Error.Validation("Observations", $"As observações devem ter no máximo {BillingLimits.Observations} caracteres."));
        }

        var changes = new List<string>();
        if (nfe != billing.NfeNumber)
        {
            changes.Add($"NFe: \"{billing.NfeNumber}\" → \"{nfe}\"");
            billing.NfeNumber = nfe;
        }

        if (observations != billing.Observations)
        {
            changes.Add("observações alteradas");
            billing.Observations = observations;
        }

        if (changes.Count > 0)
        {
            db.Audit.Add(new BillingAudit { BillingId = billingId, Action = "Editado", By = request.By, At = clock.GetUtcNow(), Details = string.Join("; ", changes) });
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success();
    }

    public async Task<Result<Guid>> AddAttachmentAsync(Guid billingId, AttachmentUpload upload, string by, CancellationToken cancellationToken)
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

    public async Task<Result> RemoveAttachmentAsync(Guid billingId, Guid attachmentId, string by, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.BillingId == billingId, cancellationToken);
        if (attachment is null)
        {
            return Result.Failure(Error.NotFound("Anexo não encontrado."));
        }

        db.Attachments.Remove(attachment);
        db.Audit.Add(new BillingAudit { BillingId = billingId, Action = "Anexo removido", By = by, At = clock.GetUtcNow(), Details = attachment.FileName });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<AttachmentUpload?> GetAttachmentAsync(Guid billingId, Guid attachmentId, CancellationToken cancellationToken) =>
        await db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId && a.BillingId == billingId)
            .Select(a => new AttachmentUpload(a.FileName, a.ContentType, a.Content)).SingleOrDefaultAsync(cancellationToken);
}
