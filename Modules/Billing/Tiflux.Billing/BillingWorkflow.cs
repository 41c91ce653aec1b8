using Hangfire;
using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Billings;
using Tiflux.Billing.Billings.Drafts;
using Tiflux.Billing.Outbox;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing;

internal sealed class BillingWorkflow(
    BillingDbContext db,
    PrepareBillingDraft draft,
    CommitBilling commit,
    ReverseBilling reverse,
    BillingEditing editing,
    BillingQueries queries,
    ReconcileBilledMarks reconcile,
    IBackgroundJobClient? jobs = null) : IBillingWorkflow
{
    public Task<BilledMarksReconciled> ReconcileBilledMarksAsync(CancellationToken cancellationToken) => reconcile.RunAsync(cancellationToken);

    public Task<Result<BillingDraftDto>> PrepareBillingDraftAsync(BillingDraftRequest request, CancellationToken cancellationToken) =>
        draft.RunAsync(request, cancellationToken);

    public async Task<Result<BillingCreatedDto>> CommitBillingAsync(CommitBillingRequest request, CancellationToken cancellationToken)
    {
        var result = await commit.RunAsync(request, cancellationToken);
        DeliverOutboxSoon(result.IsSuccess);
        return result;
    }

    public Task<Result> ReverseBillingAsync(Guid billingId, string reason, string by, CancellationToken cancellationToken) =>
        ReverseBillingAsync(billingId, reason, by, refundConfirmed: false, cancellationToken);

    public async Task<Result> ReverseBillingAsync(Guid billingId, string reason, string by, bool refundConfirmed, CancellationToken cancellationToken)
    {
        var result = await reverse.RunAsync(billingId, reason, by, refundConfirmed, cancellationToken);
        DeliverOutboxSoon(result.IsSuccess);
        return result;
    }

    /// <summary>The recurring outbox job would deliver within a minute; after a commit it runs at once.</summary>
    private void DeliverOutboxSoon(bool committed)
    {
        if (committed && jobs is not null)
        {
            jobs.Enqueue<BillingOutboxJob>(job => job.RunAsync(CancellationToken.None));
        }
    }

    public Task<Result> UpdateBillingAsync(Guid billingId, UpdateBillingRequest request, CancellationToken cancellationToken) =>
        editing.UpdateAsync(billingId, request, cancellationToken);

    public Task<Result<Guid>> AddAttachmentAsync(Guid billingId, AttachmentUpload upload, string by, CancellationToken cancellationToken) =>
        editing.AddAttachmentAsync(billingId, upload, by, cancellationToken);

    public Task<Result> RemoveAttachmentAsync(Guid billingId, Guid attachmentId, string by, CancellationToken cancellationToken) =>
        editing.RemoveAttachmentAsync(billingId, attachmentId, by, cancellationToken);

    public Task<AttachmentUpload?> GetAttachmentAsync(Guid billingId, Guid attachmentId, CancellationToken cancellationToken) =>
        editing.GetAttachmentAsync(billingId, attachmentId, cancellationToken);

    public Task<Result<BillingHistoryDto>> GetHistoryAsync(BillingHistoryRequest request, CancellationToken cancellationToken) =>
        queries.HistoryAsync(request, cancellationToken);

    public Task<BillingDetailsDto?> GetBillingAsync(Guid billingId, CancellationToken cancellationToken) =>
        queries.DetailsAsync(billingId, cancellationToken);

    public async Task<BillingSettingsDto> GetSettingsAsync(CancellationToken cancellationToken) =>
        new((await db.Settings.AsNoTracking().SingleAsync(s => s.Id == 1, cancellationToken)).AllowDueDateBeforeBillingDate);

    public async Task SaveSettingsAsync(BillingSettingsDto settings, CancellationToken cancellationToken) =>
        await db.Settings.Where(s => s.Id == 1)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.AllowDueDateBeforeBillingDate, settings.AllowDueDateBeforeBillingDate), cancellationToken);
}
