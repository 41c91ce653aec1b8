using Hangfire;

namespace Tiflux.Billing.Invoicing;

/// <summary>The recurring <see cref="ReconcileBilledMarks"/> sweep.</summary>
internal sealed class BilledMarksJob(ReconcileBilledMarks reconcile)
{
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) => reconcile.HandleAsync(cancellationToken);
}
