using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;

namespace Tiflux.Billing.Runs;

/// <summary>
/// Marks a batch done with its tally and adds the tally to its run, finishing the run with its last batch; in the
/// batch's transaction. Returns false when the batch was already done (a duplicate job): the caller rolls back.
/// </summary>
internal static class FinishBatch
{
    public static async Task<bool> WriteAsync(BillingDbContext db, RunBatch batch, BatchTally tally, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var marked = await db.RunBatches.Where(b => b.Id == batch.Id && !b.Done).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Done, true)
            .SetProperty(b => b.Billed, tally.Billed)
            .SetProperty(b => b.Skipped, tally.Skipped)
            .SetProperty(b => b.Failed, tally.Failed)
            .SetProperty(b => b.TotalValue, tally.TotalValue)
            .SetProperty(b => b.FinishedAt, now), cancellationToken);
        if (marked == 0)
        {
            return false;
        }

        // Relative updates: batches of one run finish on several processes; each adds its own share.
        await db.Runs.Where(r => r.Id == batch.RunId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Billed, r => r.Billed + tally.Billed)
            .SetProperty(r => r.Skipped, r => r.Skipped + tally.Skipped)
            .SetProperty(r => r.Failed, r => r.Failed + tally.Failed)
            .SetProperty(r => r.TotalValue, r => r.TotalValue + tally.TotalValue)
            .SetProperty(r => r.BatchesDone, r => r.BatchesDone + 1)
            .SetProperty(r => r.FinishedAt, r => r.BatchesDone + 1 >= r.Batches ? (DateTimeOffset?)now : r.FinishedAt), cancellationToken);
        return true;
    }
}
