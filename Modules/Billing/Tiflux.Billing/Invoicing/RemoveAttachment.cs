using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Invoicing;

/// <summary>Removes a billing's attachment; audited.</summary>
internal sealed class RemoveAttachment(BillingDbContext db, TimeProvider clock)
{
    public async Task<Result> HandleAsync(Guid billingId, Guid attachmentId, string by, CancellationToken cancellationToken)
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
}
