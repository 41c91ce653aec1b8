using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>Thin: resolves the run diff's use case.</summary>
internal sealed class BillingRunDiffs(RecordRunPlan record) : IBillingRunDiffs
{
    public Task<RunPlanDiffDto> CompareAndRecordAsync(RunPlanDto plan, string by, CancellationToken cancellationToken) =>
        record.HandleAsync(plan, by, cancellationToken);
}
