using Tiflux.Billing.Pending;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>The dry run: every cycle a run on a date would bill, priced, writing nothing.</summary>
internal sealed class PlanBillingRun(IContractsModule contracts, PendingBillingEngine engine, RunCycleContext context)
{
    public async Task<RunPlanDto> HandleAsync(DateOnly runDate, CancellationToken cancellationToken)
    {
        var pendingCycles = await contracts.GetCyclesPendingAsync(new CyclesPendingRequest(runDate, null, null), cancellationToken);
        var contractIds = pendingCycles.Cycles.Select(c => c.ContractId).Concat(pendingCycles.Problems.Select(p => p.ContractId)).Distinct().ToList();
        var loaded = await context.LoadAsync(contractIds, cancellationToken);
        if (loaded.Automatic.Count == 0)
        {
            return new RunPlanDto(runDate, []);
        }

        var pending = await engine.ComputeAsync(new PendingRequest(runDate, null, loaded.ClientIds, PendingScope.Contracts), cancellationToken);
        return new RunPlanDto(runDate, PlannedCycles.From(pending, runDate, loaded.Automatic, loaded.Clients, loaded.Ignored));
    }
}
