using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>
/// Bills the planned cycles one by one, each in its own scope and transaction. Idempotency comes from the database:
/// a cycle already billed fails the unique index and is counted as skipped, so repeated, restarted or parallel runs
/// never bill a cycle twice. The closing report is e-mailed by Notifications, which consumes the
/// <see cref="AutomaticBillingClosed"/> event <see cref="CommitBilling"/> writes with each billing of the run.
/// </summary>
internal sealed class RunBilling(PlanBillingRun planner, BillPlannedCycle bill, BillingDbContext db, TimeProvider clock)
{
    public async Task<BillingRunSummary> HandleAsync(DateOnly runDate, RunTrigger trigger, CancellationToken cancellationToken)
    {
        var run = new BillingRun { RunDate = runDate, Trigger = trigger, StartedAt = clock.GetUtcNow() };
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var plan = await planner.HandleAsync(runDate, cancellationToken);
        run.Considered = plan.Cycles.Count;
        foreach (var cycle in plan.Cycles)
        {
            var (problem, _) = cycle.Problem is { } known ? (known, null) : await bill.HandleAsync(cycle, runDate, cancellationToken);
            switch (problem)
            {
                case null:
                    run.Billed++;
                    run.TotalValue += cycle.Total;
                    await ResolveErrorAsync(cycle, cancellationToken);
                    break;
                case CommitBilling.ConflictMessage:
                    run.Skipped++;
                    break;
                default:
                    run.Failed++;
                    await RecordErrorAsync(run.Id, cycle, problem, cancellationToken);
                    break;
            }
        }

        run.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return run.ToSummary();
    }

    private async Task RecordErrorAsync(Guid runId, PlannedCycleDto cycle, string reason, CancellationToken cancellationToken)
    {
        var existing = await db.BatchErrors.SingleOrDefaultAsync(
            e => e.ContractId == cycle.ContractId && e.CycleIndex == cycle.CycleIndex && e.Status == BatchErrorStatus.Open, cancellationToken);
        if (existing is not null)
        {
            existing.RunId = runId;
            existing.Reason = reason;
            existing.OccurredAt = clock.GetUtcNow();
        }
        else
        {
            db.BatchErrors.Add(new BatchError
            {
                RunId = runId,
                ContractId = cycle.ContractId,
                ContractName = cycle.ContractName,
                CycleIndex = cycle.CycleIndex,
                ClientId = cycle.ClientId,
                ClientName = cycle.ClientName,
                Reason = reason,
                OccurredAt = clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ResolveErrorAsync(PlannedCycleDto cycle, CancellationToken cancellationToken) =>
        await db.BatchErrors
            .Where(e => e.ContractId == cycle.ContractId && e.CycleIndex == cycle.CycleIndex && e.Status == BatchErrorStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, BatchErrorStatus.Resolved).SetProperty(e => e.ResolvedBy, BillPlannedCycle.Actor), cancellationToken);
}
