using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Runs;

/// <summary>Bills an open batch error's cycle again as planned for its run's date; a cycle no longer planned is resolved.</summary>
internal sealed class RetryBatchError(BillingDbContext db, PendingBillingEngine engine, RunCycleContext context, BillPlannedCycle bill)
{
    public async Task<Result> HandleAsync(Guid errorId, string by, CancellationToken cancellationToken)
    {
        var error = await db.BatchErrors.AsNoTracking().SingleOrDefaultAsync(e => e.Id == errorId, cancellationToken);
        if (error is null || error.Status != BatchErrorStatus.Open)
        {
            return Result.Failure(Error.NotFound("Erro de faturamento não encontrado ou já resolvido."));
        }

        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == error.RunId, cancellationToken);
        // Only the error's client is priced: a retry must not cost a whole run's dry run.
        var loaded = await context.LoadAsync([error.ContractId], cancellationToken);
        var pending = await engine.ComputeAsync(new PendingRequest(run.RunDate, null, [error.ClientId], PendingScope.Contracts), cancellationToken);
        var cycle = PlannedCycles.From(pending, run.RunDate, loaded.Automatic, loaded.Clients, loaded.Ignored)
            .SingleOrDefault(c => c.ContractId == error.ContractId && c.CycleIndex == error.CycleIndex);
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
