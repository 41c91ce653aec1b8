using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Pending.Summary;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>
/// Bills one batch of a run from one pricing of its clients, in one transaction (docs/decisions/0021-billing-run-fan-out.md).
/// The pricing runs before any lock, so batches on other workers price at the same time; holding its clients' locks,
/// the batch compares their change stamps with those read before pricing and prices again only if something changed.
/// Every cycle is judged as Faturar judges it (<see cref="PreparedCommit"/>); the billings, their lines, cycles and
/// ledger are saved together under provisional numbers; then, holding the settings lock only for that, the billings are
/// numbered, their audit and events written, the batch marked done and the run's counters added, in the same
/// transaction. If that transaction cannot be written, each cycle is billed on its own (<see cref="BillPlannedCycle"/>),
/// so one bad cycle does not hold back the others (<see cref="BillBatchOneByOne"/>).
/// </summary>
internal sealed partial class BillRunBatch(
    BillingDbContext db, PendingBillingEngine engine, PendingFingerprints fingerprints, RunCycleContext context, ITicketBilling tickets,
    BillBatchOneByOne oneByOne, TimeProvider clock, ILogger<BillRunBatch> logger)
{
    public async Task HandleAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await db.RunBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.Done)
        {
            return;
        }

        var runDate = await db.Runs.Where(r => r.Id == batch.RunId).Select(r => r.RunDate).SingleAsync(cancellationToken);
        var loaded = await context.LoadAsync([.. batch.ContractIds.Distinct()], cancellationToken);
        var request = new PendingRequest(runDate, null, batch.ClientIds, PendingScope.Contracts);
        var priced = await FingerprintsAsync(batch, cancellationToken);
        var computation = await engine.ComputeAsync(request, cancellationToken);
        try
        {
            await BillTogetherAsync(batch, runDate, loaded, request, priced, computation, cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or NpgsqlException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            LogBatchFallback(logger, batch.Number, batch.RunId, ex);
            db.ChangeTracker.Clear();
            await oneByOne.HandleAsync(batch, runDate, loaded, cancellationToken);
        }
    }

    private async Task BillTogetherAsync(
        RunBatch batch, DateOnly runDate, RunCycleContext.Loaded loaded, PendingRequest request, IReadOnlyList<string> priced,
        PendingComputation computation, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BillingWriteLock.AcquireClientsAsync(db, batch.ClientIds, cancellationToken);
        if (await db.RunBatches.AnyAsync(b => b.Id == batch.Id && b.Done, cancellationToken))
        {
            return; // a duplicate job (Hangfire's invisibility timeout) finished it while this one was pricing
        }

        if (!(await FingerprintsAsync(batch, cancellationToken)).SequenceEqual(priced))
        {
            // Something these clients' values depend on changed while they were priced: price again, now under their locks.
            computation = await engine.ComputeAsync(request, cancellationToken);
        }

        var settings = await db.Settings.AsNoTracking().SingleAsync(s => s.Id == 1, cancellationToken);
        var cycles = PlannedCycles.OfBatch(batch, runDate, loaded, computation);
        var errors = await BatchErrorLog.LoadAsync(db, [.. batch.ContractIds.Distinct()], cancellationToken);
        var tally = new BatchTally();
        tally.AddSkipped(batch.ContractIds.Length - cycles.Count);
        var now = clock.GetUtcNow();
        var billedGroups = new HashSet<string>(StringComparer.Ordinal);
        var written = new List<(BillingDocument Billing, PreparedCommit Commit)>();
        var provisional = new Queue<int>(await ProvisionalNumbersAsync(cycles.Count, cancellationToken));
        foreach (var cycle in cycles)
        {
            var prepared = cycle.Problem is null ? PreparedCommit.Of(BillPlannedCycle.RequestFor(cycle, runDate), computation, settings, billedGroups) : null;
            if (cycle.Problem is { } problem || prepared!.Errors.Count > 0)
            {
                tally.AddFailed();
                errors.Record(batch.RunId, cycle, cycle.Problem ?? string.Join(" ", prepared!.Errors.Select(e => e.Message)), now);
                continue;
            }

            var billing = NewBilling.AddDocument(db, now, prepared.Request, prepared.Observations, prepared.Selection.Lines, computation, provisional.Dequeue());
            written.Add((billing, prepared));
            billedGroups.UnionWith(prepared.Selection.SelectedGroups);
            tally.AddBilled(cycle.Total);
            errors.Resolve(cycle);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear(); // everything above is written; the billings are numbered below in one statement

        // Only numbering waits for the other writers: the settings lock is held from here to the commit.
        await BillingWriteLock.AcquireAsync(db, cancellationToken);
        var counter = await db.Settings.SingleAsync(s => s.Id == 1, cancellationToken);
        foreach (var (billing, prepared) in written)
        {
            billing.Number = ++counter.LastBillingNumber;
            NewBilling.AddRecords(db, billing, prepared.Request, prepared.Selection.Lines.Count, prepared.Recipients, now);
        }

        var ids = written.Select(w => w.Billing.Id).ToArray();
        var numbers = written.Select(w => w.Billing.Number).ToArray();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE billing.billings b SET number = n.number FROM unnest({ids}, {numbers}) AS n(id, number) WHERE b.id = n.id", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await FinishBatch.WriteAsync(db, batch, tally, now, cancellationToken);
        if (!await TicketMarks.MarkAndCommitAsync(
            tickets, transaction, written.Select(w => new MarkBilledRequest(w.Billing.Id, CommitBilling.ItemsOf(w.Commit.Selection.Lines))), cancellationToken))
        {
            throw new InvalidOperationException("An item of the batch was billed meanwhile.");
        }
    }

    /// <summary>Distinct negative numbers the billings carry until they are numbered under the settings lock (the number is unique).</summary>
    private async Task<List<int>> ProvisionalNumbersAsync(int count, CancellationToken cancellationToken) =>
        count == 0 ? [] : await db.Database
            .SqlQuery<int>($"SELECT nextval('billing.provisional_billing_numbers')::int AS \"Value\" FROM generate_series(1, {count})")
            .ToListAsync(cancellationToken);

    /// <summary>The batch's clients' fingerprints, in the batch's client order.</summary>
    private async Task<IReadOnlyList<string>> FingerprintsAsync(RunBatch batch, CancellationToken cancellationToken)
    {
        var all = await fingerprints.ReadAsync(await fingerprints.VersionAsync(cancellationToken), cancellationToken);
        return [.. batch.ClientIds.Select(id => all.GetValueOrDefault(id, ""))];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batch {Number} of billing run {RunId} could not be written in one transaction; billing its cycles one by one.")]
    private static partial void LogBatchFallback(ILogger logger, int number, Guid runId, Exception exception);
}
