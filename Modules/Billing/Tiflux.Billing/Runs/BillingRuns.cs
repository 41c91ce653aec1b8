using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Runs;

internal sealed class BillingRuns(BillingDbContext db, RunPlanner planner, BillingRunner runner) : IBillingRuns
{
    public Task<RunPlanDto> PlanAsync(DateOnly runDate, CancellationToken cancellationToken) => planner.PlanAsync(runDate, cancellationToken);

    public Task<BillingRunSummary> RunAsync(DateOnly runDate, RunTrigger trigger, CancellationToken cancellationToken) =>
        runner.RunAsync(runDate, trigger, cancellationToken);

    public async Task<IReadOnlyList<BillingRunSummary>> GetRunsAsync(int take, CancellationToken cancellationToken) =>
        [.. (await db.Runs.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken)).Select(r => r.ToSummary())];

    public async Task<IReadOnlyList<BatchErrorDto>> GetErrorsAsync(bool includeResolved, CancellationToken cancellationToken)
    {
        var query = db.BatchErrors.AsNoTracking();
        if (!includeResolved)
        {
            query = query.Where(e => e.Status == BatchErrorStatus.Open);
        }

        return [.. (await query.OrderBy(e => e.Status).ThenByDescending(e => e.OccurredAt).ToListAsync(cancellationToken))
            .Select(e => new BatchErrorDto(e.Id, e.ContractId, e.ContractName, e.CycleIndex, e.ClientId, e.ClientName, e.Reason, e.OccurredAt, StatusName(e.Status), e.ResolvedBy))];
    }

    public async Task<Result> RetryAsync(Guid errorId, string by, CancellationToken cancellationToken)
    {
        var error = await db.BatchErrors.AsNoTracking().SingleOrDefaultAsync(e => e.Id == errorId, cancellationToken);
        if (error is null || error.Status != BatchErrorStatus.Open)
        {
            return Result.Failure(Error.NotFound("Erro de faturamento não encontrado ou já resolvido."));
        }

        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == error.RunId, cancellationToken);
        var plan = await planner.PlanAsync(run.RunDate, cancellationToken);
        var cycle = plan.Cycles.SingleOrDefault(c => c.ContractId == error.ContractId && c.CycleIndex == error.CycleIndex);
        if (cycle is null)
        {
            await MarkAsync(errorId, BatchErrorStatus.Resolved, by, cancellationToken);
            return Result.Success();
        }

        var problem = cycle.Problem ?? (await runner.BillAsync(cycle, run.RunDate, cancellationToken)).Problem;
        if (problem is not null)
        {
            return Result.Failure(Error.Conflict(problem));
        }

        await MarkAsync(errorId, BatchErrorStatus.Resolved, by, cancellationToken);
        return Result.Success();
    }

    public async Task<Result> IgnoreAsync(Guid errorId, string by, CancellationToken cancellationToken)
    {
        var changed = await db.BatchErrors.Where(e => e.Id == errorId && e.Status == BatchErrorStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, BatchErrorStatus.Ignored).SetProperty(e => e.ResolvedBy, by), cancellationToken);
        return changed == 1 ? Result.Success() : Result.Failure(Error.NotFound("Erro de faturamento não encontrado ou já resolvido."));
    }

    private Task<int> MarkAsync(Guid errorId, BatchErrorStatus status, string by, CancellationToken cancellationToken) =>
        db.BatchErrors.Where(e => e.Id == errorId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status).SetProperty(e => e.ResolvedBy, by), cancellationToken);

    private static string StatusName(BatchErrorStatus status) => status switch
    {
        BatchErrorStatus.Open => "Aberto",
        BatchErrorStatus.Resolved => "Resolvido",
        _ => "Ignorado neste ciclo",
    };
}
