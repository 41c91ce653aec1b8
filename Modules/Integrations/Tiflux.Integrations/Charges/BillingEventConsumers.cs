using Hangfire;
using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.PublicApi;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations.Charges;

/// <summary>
/// Billing created: with a provider configured, a Pending charge row is written and the create job enqueued (the
/// external call never runs inside the outbox dispatcher). Billing reversed: the charge goes to Cancelling and the
/// cancel job is enqueued. Both are idempotent (the events arrive at least once).
/// </summary>
internal sealed class BillingEventConsumers(IntegrationsDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
    : IIntegrationEventConsumer<BillingCreated>, IIntegrationEventConsumer<BillingReversed>
{
    public async Task HandleAsync(BillingCreated integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var settings = await db.Settings.AsNoTracking().SingleAsync(s => s.Id == 1, cancellationToken);
        if (settings.Provider == IntegrationProvider.None)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO integrations.charges (billing_id, billing_number, provider, status, operation, refund_requested, attempts, created_at, updated_at)
            VALUES ({integrationEvent.BillingId}, {integrationEvent.Number}, {settings.Provider.ToString()}, {nameof(ChargeStatus.Pending)}, {nameof(ChargeOperation.Create)}, false, 0, {now}, {now})
            ON CONFLICT (billing_id) DO NOTHING
            """, cancellationToken);
        if (inserted > 0)
        {
            ChargeJobs.Enqueue(jobs, integrationEvent.BillingId, ChargeOperation.Create);
        }
    }

    public async Task HandleAsync(BillingReversed integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var charge = await db.Charges.SingleOrDefaultAsync(c => c.BillingId == integrationEvent.BillingId, cancellationToken);
        if (charge is null || charge.Operation == ChargeOperation.Cancel)
        {
            return;
        }

        charge.Operation = ChargeOperation.Cancel;
        charge.Status = ChargeStatus.Cancelling;
        charge.RefundRequested = integrationEvent.WasPaid && integrationEvent.RefundConfirmed;
        charge.Attempts = 0;
        charge.LastError = null;
        charge.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        ChargeJobs.Enqueue(jobs, integrationEvent.BillingId, ChargeOperation.Cancel);
    }
}
