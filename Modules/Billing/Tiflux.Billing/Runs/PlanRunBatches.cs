using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>
/// Plans a run into batches and enqueues one job per batch. Planning only lists the due, unbilled cycles of contracts
/// with automatic billing (no pricing: each batch prices its own clients once, in parallel with the other batches).
/// Idempotent on the run id: a retried planning job finds its run and enqueues the batches not done yet again (a
/// duplicate batch job finds its batch done and returns), so a crash between writing the plan and enqueueing loses nothing.
/// </summary>
internal sealed class PlanRunBatches(
    IContractsModule contracts, RunCycleContext context, BillingDbContext db, IBackgroundJobClient jobs, IOptions<BillingRunOptions> options, TimeProvider clock)
{

    public async Task HandleAsync(Guid runId, DateOnly runDate, RunTrigger trigger, CancellationToken cancellationToken)
    {
        if (!await db.Runs.AnyAsync(r => r.Id == runId, cancellationToken))
        {
            await WritePlanAsync(runId, runDate, trigger, cancellationToken);
        }

        foreach (var batchId in await db.RunBatches.Where(b => b.RunId == runId && !b.Done).OrderBy(b => b.Number).Select(b => b.Id).ToListAsync(cancellationToken))
        {
            jobs.Enqueue<BillingRunJobs>(j => j.BillBatchAsync(batchId, CancellationToken.None));
        }
    }

    private async Task WritePlanAsync(Guid runId, DateOnly runDate, RunTrigger trigger, CancellationToken cancellationToken)
    {
        var run = new BillingRun { Id = runId, RunDate = runDate, Trigger = trigger, StartedAt = clock.GetUtcNow() };
        var batches = Pack(runId, await DueCyclesAsync(runDate, cancellationToken), Math.Max(1, options.Value.CyclesPerBatch));
        run.Considered = batches.Sum(b => b.ContractIds.Length);
        run.Batches = batches.Count;
        run.FinishedAt = batches.Count == 0 ? run.StartedAt : null;
        db.Runs.Add(run);
        db.RunBatches.AddRange(batches);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same planning job ran twice at once (Hangfire hands a job to another worker after its invisibility
            // timeout); the other one wrote the plan.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Due cycles of automatic contracts not billed and not ignored; a contract whose cycles cannot be computed is one "cycle 0".</summary>
    private async Task<List<(Guid ClientId, Guid ContractId, int CycleIndex, DateOnly DueDate)>> DueCyclesAsync(DateOnly runDate, CancellationToken cancellationToken)
    {
        var pending = await contracts.GetCyclesPendingAsync(new CyclesPendingRequest(runDate, null, null), cancellationToken);
        var loaded = await context.LoadAsync([.. pending.Cycles.Select(c => c.ContractId).Concat(pending.Problems.Select(p => p.ContractId)).Distinct()], cancellationToken);
        var ids = loaded.Automatic.Keys.ToList();
        var billed = (await db.BilledCycles.AsNoTracking().Where(b => b.Active && ids.Contains(b.ContractId))
            .Select(b => new { b.ContractId, b.CycleIndex }).ToListAsync(cancellationToken))
            .Select(b => (b.ContractId, b.CycleIndex)).ToHashSet();
        var problems = pending.Problems.Where(p => loaded.Automatic.ContainsKey(p.ContractId) && !loaded.Ignored.Contains((p.ContractId, PlannedCycles.UnschedulableCycle)))
            .Select(p => (p.ClientId, p.ContractId, PlannedCycles.UnschedulableCycle, runDate));
        var cycles = pending.Cycles
            .Where(c => loaded.Automatic.ContainsKey(c.ContractId) && !billed.Contains((c.ContractId, c.Index)) && !loaded.Ignored.Contains((c.ContractId, c.Index)))
            .Select(c => (loaded.Automatic[c.ContractId].ClientId, c.ContractId, c.Index, c.DueDate));
        return [.. problems.Concat(cycles)];
    }

    /// <summary>Whole clients per batch, in client order; a client with more due cycles than a batch holds gets a batch of its own.</summary>
    private static List<RunBatch> Pack(Guid runId, List<(Guid ClientId, Guid ContractId, int CycleIndex, DateOnly DueDate)> due, int cyclesPerBatch)
    {
        var batches = new List<RunBatch>();
        var current = new List<(Guid ClientId, Guid ContractId, int CycleIndex, DateOnly DueDate)>();
        foreach (var client in due.GroupBy(c => c.ClientId).OrderBy(g => g.Key))
        {
            if (current.Count > 0 && current.Count + client.Count() > cyclesPerBatch)
            {
                batches.Add(NewBatch(runId, batches.Count + 1, current));
                current = [];
            }

            current.AddRange(client.OrderBy(c => c.DueDate).ThenBy(c => c.ContractId).ThenBy(c => c.CycleIndex));
        }

        if (current.Count > 0)
        {
            batches.Add(NewBatch(runId, batches.Count + 1, current));
        }

        return batches;
    }

    private static RunBatch NewBatch(Guid runId, int number, List<(Guid ClientId, Guid ContractId, int CycleIndex, DateOnly DueDate)> cycles) => new()
    {
        RunId = runId,
        Number = number,
        ClientIds = [.. cycles.Select(c => c.ClientId).Distinct()],
        ContractIds = [.. cycles.Select(c => c.ContractId)],
        CycleIndexes = [.. cycles.Select(c => c.CycleIndex)],
    };
}
