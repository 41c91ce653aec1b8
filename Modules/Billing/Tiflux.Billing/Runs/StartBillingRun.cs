using Hangfire;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>
/// A run starts as a Hangfire job, never in the caller: the job is durable, so a run asked for is planned even if the
/// asking process stops right after; the run id is chosen here so the caller can follow it.
/// </summary>
internal sealed class StartBillingRun(IBackgroundJobClient jobs)
{
    public Guid Handle(DateOnly runDate, RunTrigger trigger)
    {
        var runId = Guid.CreateVersion7();
        jobs.Enqueue<BillingRunJobs>(j => j.PlanAsync(runId, runDate, trigger, CancellationToken.None));
        return runId;
    }
}
