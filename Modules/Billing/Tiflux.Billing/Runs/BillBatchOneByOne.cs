using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>
/// The fallback of a batch whose single transaction could not be written: each planned cycle is billed on its own
/// through Faturar's path (<see cref="BillPlannedCycle"/>), so one bad cycle does not hold back the others; then the
/// batch is marked done with its tally.
/// </summary>
internal sealed class BillBatchOneByOne(BillingDbContext db, PendingBillingEngine engine, BillPlannedCycle billOne, TimeProvider clock)
{
    public async Task HandleAsync(RunBatch batch, DateOnly runDate, RunCycleContext.Loaded loaded, CancellationToken cancellationToken)
    {
        var computation = await engine.ComputeAsync(new PendingRequest(runDate, null, batch.ClientIds, PendingScope.Contracts), cancellationToken);
        var cycles = PlannedCycles.OfBatch(batch, runDate, loaded, computation);
        var errors = await BatchErrorLog.LoadAsync(db, [.. batch.ContractIds.Distinct()], cancellationToken);
        var tally = new BatchTally();
        tally.AddSkipped(batch.ContractIds.Length - cycles.Count);
        foreach (var cycle in cycles)
        {
            var (problem, _) = cycle.Problem is { } known ? (known, null) : await billOne.HandleAsync(cycle, runDate, cancellationToken);
            switch (problem)
            {
                case null:
                    tally.AddBilled(cycle.Total);
                    errors.Resolve(cycle);
                    break;
                case CommitBilling.ConflictMessage:
                    tally.AddSkipped(1);
                    break;
                default:
                    tally.AddFailed();
                    errors.Record(batch.RunId, cycle, problem, clock.GetUtcNow());
                    break;
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (await FinishBatch.WriteAsync(db, batch, tally, clock.GetUtcNow(), cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
