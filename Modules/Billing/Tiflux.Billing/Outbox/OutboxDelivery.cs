using Hangfire;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Outbox;

/// <summary>The recurring outbox job would deliver within a minute; after a successful write it runs at once.</summary>
internal sealed class OutboxDelivery(IBackgroundJobClient? jobs = null)
{
    public T AfterWrite<T>(T result)
        where T : Result
    {
        if (result.IsSuccess && jobs is not null)
        {
            jobs.Enqueue<BillingOutboxJob>(job => job.RunAsync(CancellationToken.None));
        }

        return result;
    }
}
