using Hangfire;
using Tiflux.Billing.Persistence;
using Tiflux.BuildingBlocks.Outbox;

namespace Tiflux.Billing.Outbox;

/// <summary>
/// Delivers billing's integration events (<see cref="PublicApi.BillingCreated"/>, <see cref="PublicApi.BillingReversed"/>)
/// to the handlers other modules registered. Runs every minute and right after a billing is created or reversed;
/// rows are claimed with SKIP LOCKED, so overlapping runs are harmless.
/// </summary>
internal sealed class BillingOutboxJob(OutboxProcessor<BillingDbContext> processor)
{
    public const string RecurringId = "billing.outbox";

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await processor.ProcessAsync(BillingModule.Schema, 50, cancellationToken) == 50)
        {
        }
    }
}
