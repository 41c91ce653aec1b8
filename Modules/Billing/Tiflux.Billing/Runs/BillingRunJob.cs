using Hangfire;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Runs;

/// <summary>The scheduled automatic billing run; the run date is today in the organisation's time zone.</summary>
internal sealed class BillingRunJob(IBillingRuns runs, TimeProvider clock)
{
    public const string RecurringId = "billing.automatic-run";

    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await runs.RunAsync(BrazilTime.Today(clock), RunTrigger.Schedule, cancellationToken);
    }
}
