using Hangfire;
using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Billings;
using Tiflux.Billing.Outbox;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing;

internal sealed class BillingWorkflow(
    BillingDbContext db,
    CreateBilling create,
    ReverseBilling reverse,
    BillingEditing editing,
    BillingQueries queries,
    ReconcileBilledMarks reconcile,
    IBackgroundJobClient? jobs = null) : IBillingWorkflow
{
    public Task<BilledMarksReconciled> ReconcileBilledMarksAsync(CancellationToken cancellationToken) => reconcile.RunAsync(cancellationToken);

    public async Task<Result<BillingCreatedDto>> CreateBillingAsync(CreateBillingRequest request, CancellationToken cancellationToken)
    {
        var result = await create.RunAsync(request, cancellationToken);
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

    public string SuggestObservations(IReadOnlyList<PendingLineDto> lines)
    {
        var contracts = lines.Where(l => l.ContractName is not null).Select(l => l.ContractName!).Distinct().ToList();
        var tickets = lines.Where(l => l.TicketNumber is not null).Select(l => l.TicketNumber!.Value).Distinct().Order().ToList();
        var parts = new List<string>();
        if (contracts.Count > 0)
        {
            parts.Add("Contratos: " + string.Join(", ", contracts) + ".");
        }

        if (tickets.Count > 0)
        {
            parts.Add("Tickets avulsos: " + string.Join(", ", tickets.Select(t => "#" + t)) + ".");
        }

        return string.Join(" ", parts);
    }

    public async Task<BillingSettingsDto> GetSettingsAsync(CancellationToken cancellationToken) =>
        new((await db.Settings.AsNoTracking().SingleAsync(s => s.Id == 1, cancellationToken)).AllowDueDateBeforeBillingDate);

    public async Task SaveSettingsAsync(BillingSettingsDto settings, CancellationToken cancellationToken) =>
        await db.Settings.Where(s => s.Id == 1)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.AllowDueDateBeforeBillingDate, settings.AllowDueDateBeforeBillingDate), cancellationToken);
}
