using Hangfire;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>The scheduled automatic billing run; the run date is today in the organisation's time zone.</summary>
internal sealed class BillingRunJob(IBillingRuns runs, TimeProvider clock)
{
    public const string RecurringId = "billing.automatic-run";

    public static readonly TimeZoneInfo Brazil = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Brazil).DateTime);
        await runs.RunAsync(today, RunTrigger.Schedule, cancellationToken);
    }
}
