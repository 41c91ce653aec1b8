using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Queries;

/// <summary>One billing with its lines, attachments (metadata only) and audit trail.</summary>
internal sealed class GetBillingDetails(BillingDbContext db)
{
    public async Task<BillingDetailsDto?> HandleAsync(Guid billingId, CancellationToken cancellationToken)
    {
        var billing = await db.Billings.AsNoTracking().Include(b => b.Lines).SingleOrDefaultAsync(b => b.Id == billingId, cancellationToken);
        if (billing is null)
        {
            return null;
        }

        var attachments = await db.Attachments.AsNoTracking().Where(a => a.BillingId == billingId).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentInfoDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedBy, a.UploadedAt)).ToListAsync(cancellationToken);
        var audit = await db.Audit.AsNoTracking().Where(a => a.BillingId == billingId).OrderBy(a => a.At)
            .Select(a => new AuditEntryDto(a.Action, a.By, a.At, a.Details)).ToListAsync(cancellationToken);
        return new BillingDetailsDto(
            BillingSummaries.Summary(billing), billing.Observations, billing.ReversalReason,
            [.. billing.Lines.OrderBy(l => l.Position).Select(BillingSummaries.ToDto)], attachments, audit)
        {
            ReversedAt = billing.Reversed ? billing.ReversedAt : null,
        };
    }
}
