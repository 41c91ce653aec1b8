using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Invoicing.Drafts;
using Tiflux.Billing.Outbox;
using Tiflux.Billing.PublicApi;
using Tiflux.Billing.Queries;
using Tiflux.SharedKernel;

namespace Tiflux.Billing;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class BillingWorkflow(IServiceProvider services, OutboxDelivery outbox) : IBillingWorkflow
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<BilledMarksReconciled> ReconcileBilledMarksAsync(CancellationToken cancellationToken) =>
        Get<ReconcileBilledMarks>().HandleAsync(cancellationToken);

    public Task<Result<BillingDraftDto>> PrepareBillingDraftAsync(BillingDraftRequest request, CancellationToken cancellationToken) =>
        Get<PrepareBillingDraft>().HandleAsync(request, cancellationToken);

    public async Task<Result<BillingCreatedDto>> CommitBillingAsync(CommitBillingRequest request, CancellationToken cancellationToken) =>
        outbox.AfterWrite(await Get<CommitBilling>().HandleAsync(request, cancellationToken));

    public Task<Result> ReverseBillingAsync(Guid billingId, string reason, string by, CancellationToken cancellationToken) =>
        ReverseBillingAsync(billingId, reason, by, refundConfirmed: false, cancellationToken);

    public async Task<Result> ReverseBillingAsync(Guid billingId, string reason, string by, bool refundConfirmed, CancellationToken cancellationToken) =>
        outbox.AfterWrite(await Get<ReverseBilling>().HandleAsync(billingId, reason, by, refundConfirmed, cancellationToken));

    public Task<Result> UpdateBillingAsync(Guid billingId, UpdateBillingRequest request, CancellationToken cancellationToken) =>
        Get<UpdateBilling>().HandleAsync(billingId, request, cancellationToken);

    public Task<Result<Guid>> AddAttachmentAsync(Guid billingId, AttachmentUpload upload, string by, CancellationToken cancellationToken) =>
        Get<AddAttachment>().HandleAsync(billingId, upload, by, cancellationToken);

    public Task<Result> RemoveAttachmentAsync(Guid billingId, Guid attachmentId, string by, CancellationToken cancellationToken) =>
        Get<RemoveAttachment>().HandleAsync(billingId, attachmentId, by, cancellationToken);

    public Task<AttachmentUpload?> GetAttachmentAsync(Guid billingId, Guid attachmentId, CancellationToken cancellationToken) =>
        Get<GetAttachment>().HandleAsync(billingId, attachmentId, cancellationToken);

    public Task<Result<BillingHistoryDto>> GetHistoryAsync(BillingHistoryRequest request, CancellationToken cancellationToken) =>
        Get<GetBillingHistory>().HandleAsync(request, cancellationToken);

    public Task<BillingDetailsDto?> GetBillingAsync(Guid billingId, CancellationToken cancellationToken) =>
        Get<GetBillingDetails>().HandleAsync(billingId, cancellationToken);
}
