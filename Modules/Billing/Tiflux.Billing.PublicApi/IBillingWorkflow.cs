using Tiflux.SharedKernel;

namespace Tiflux.Billing.PublicApi;

/// <summary>Creating, editing, reversing and finding billings (Faturar, Histórico de faturamentos).</summary>
public interface IBillingWorkflow
{
    /// <summary>
    /// What billing the selected pending lines of one client (whole contract cycles) would write now: lines by group,
    /// total, suggested observations, default dates and a version to commit with. Read-only.
    /// </summary>
    Task<Result<BillingDraftDto>> PrepareBillingDraftAsync(BillingDraftRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Bills the selection, recomputed on the server, in one transaction that also marks the items billed. Refused
    /// when an item was billed meanwhile, or when the lines changed since the draft of <see cref="CommitBillingRequest.Version"/>.
    /// </summary>
    Task<Result<BillingCreatedDto>> CommitBillingAsync(CommitBillingRequest request, CancellationToken cancellationToken);

    /// <summary>Reverses (estorna) a billing: it stays in history, its items and cycles become pending again.</summary>
    Task<Result> ReverseBillingAsync(Guid billingId, string reason, string by, CancellationToken cancellationToken);

    /// <summary>
    /// Reverses a billing; a billing paid through an integration is refused with a clear message unless
    /// <paramref name="refundConfirmed"/> (the user confirmed the client will be refunded).
    /// </summary>
    Task<Result> ReverseBillingAsync(Guid billingId, string reason, string by, bool refundConfirmed, CancellationToken cancellationToken);

    /// <summary>Changes what may change after billing: NFe number and observations.</summary>
    Task<Result> UpdateBillingAsync(Guid billingId, UpdateBillingRequest request, CancellationToken cancellationToken);

    /// <summary>Adds an attachment (type and size limited).</summary>
    Task<Result<Guid>> AddAttachmentAsync(Guid billingId, AttachmentUpload upload, string by, CancellationToken cancellationToken);

    /// <summary>Removes an attachment.</summary>
    Task<Result> RemoveAttachmentAsync(Guid billingId, Guid attachmentId, string by, CancellationToken cancellationToken);

    /// <summary>An attachment's content, or null.</summary>
    Task<AttachmentUpload?> GetAttachmentAsync(Guid billingId, Guid attachmentId, CancellationToken cancellationToken);

    /// <summary>Billings by the history filters, newest first, with totals that exclude reversed billings.</summary>
    Task<Result<BillingHistoryDto>> GetHistoryAsync(BillingHistoryRequest request, CancellationToken cancellationToken);

    /// <summary>One billing with lines, explanations, attachments and audit trail; null when missing.</summary>
    Task<BillingDetailsDto?> GetBillingAsync(Guid billingId, CancellationToken cancellationToken);

    /// <summary>
    /// Makes Tickets' billed marks agree with the billings (after a crash between the two modules' commits); runs
    /// every 10 minutes as a job. Idempotent.
    /// </summary>
    Task<BilledMarksReconciled> ReconcileBilledMarksAsync(CancellationToken cancellationToken);
}
