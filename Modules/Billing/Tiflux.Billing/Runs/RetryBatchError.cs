using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Runs;

/// <summary>Bills an open batch error's cycle again as planned for its run's date; a cycle no longer planned is resolved.</summary>
internal sealed class RetryBatchError(BillingDbContext db, PlanBillingRun planner, BillPlannedCycle bill)
{
    public async Task<Result> HandleAsync(Guid errorId, string by, CancellationToken cancellationToken)
    {
        var error = await db.BatchErrors.AsNoTracking().SingleOrDefaultAsync(e => e.Id == errorId, cancellationToken);
        if (error is null || error.Status != BatchErrorStatus.Open)
        {
            return Result.Failure(Error.NotFound("Erro de faturamento não encontrado ou já resolvido."));
        }

        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == error.RunId, cancellationToken);
        var plan = await planner.HandleAsync(run.RunDate, cancellationToken);
        var cycle = plan.Cycles.SingleOrDefault(c => c.ContractId == error.ContractId && c.CycleIndex == error.CycleIndex);
        if (cycle is null)
        {
            await ResolveAsync(errorId, by, cancellationToken);
            return Result.Success();
        }

        var problem = cycle.Problem ?? (await bill.HandleAsync(cycle, run.RunDate, cancellationToken)).Problem;
        if (problem is not null)
        {
            return Result.Failure(Error.Conflict(problem));
        }

        await ResolveAsync(errorId, by, cancellationToken);
        return Result.Success();
    }

    private Task<int> ResolveAsync(Guid errorId, string by, CancellationToken cancellationToken) =>
        db.BatchErrors.Where(e => e.Id == errorId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, BatchErrorStatus.Resolved).SetProperty(e => e.ResolvedBy, by), cancellationToken);
}
