using Hangfire;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Runs;

/// <summary>
/// Hangfire's entry points of automatic billing, all on the <see cref="Queue"/> queue so that any worker process
/// serving it takes them: the scheduled trigger, a run's planning, and its batches. Planning and batches are idempotent
/// (see <see cref="PlanRunBatches"/> and <see cref="BillRunBatch"/>), so Hangfire's retries and a job handed to another
/// process after its owner died are safe.
/// </summary>
internal sealed class BillingRunJobs(IBillingRuns runs, PlanRunBatches planner, BillRunBatch batches, TimeProvider clock)
{
    public const string RecurringId = "billing.automatic-run";

    public const string Queue = "billing";

    /// <summary>The scheduled run: its date is today in the organisation's time zone.</summary>
    [Queue(Queue)]
    [AutomaticRetry(Attempts = 0)]
    public Task StartScheduledAsync(CancellationToken cancellationToken) =>
        runs.StartAsync(BrazilTime.Today(clock), RunTrigger.Schedule, cancellationToken);

    [Queue(Queue)]
    [AutomaticRetry(Attempts = 5)]
    public Task PlanAsync(Guid runId, DateOnly runDate, RunTrigger trigger, CancellationToken cancellationToken) =>
        planner.HandleAsync(runId, runDate, trigger, cancellationToken);

    [Queue(Queue)]
    [AutomaticRetry(Attempts = 5)]
    public Task BillBatchAsync(Guid batchId, CancellationToken cancellationToken) =>
        batches.HandleAsync(batchId, cancellationToken);
}
