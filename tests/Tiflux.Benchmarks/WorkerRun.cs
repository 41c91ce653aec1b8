using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tiflux.Billing.PublicApi;
using Tiflux.TestKit;

namespace Tiflux.Benchmarks;

/// <summary>A run over worker processes and its checks.</summary>
/// <param name="Seconds">From the start request to the first poll that sees FinishedAt (every 200 ms).</param>
/// <param name="Summary">The run as <see cref="IBillingRuns.GetRunAsync"/> reports it at the end.</param>
/// <param name="Duplicates">(contract, cycle) pairs billed more than once.</param>
/// <param name="Lost">Cycles the plan still lists as billable after the run (due, no problem, not billed).</param>
/// <param name="Note">What happened on the way (the kill), for the table's note column.</param>
/// <param name="Load">The machine's 1-minute load average at the start and at the end (the cores are shared).</param>
internal sealed record RunOutcome(double Seconds, BillingRunSummary Summary, long Duplicates, int Lost, string Note, string Load)
{
    public double MsPerCycle => Seconds * 1000 / Math.Max(1, Summary.Considered);

    public double CyclesPerSecond => Summary.Billed / Math.Max(0.001, Seconds);
}

/// <summary>
/// One automatic run on <see cref="Generator.BaseDate"/> over a generated database, executed by real host processes
/// (<c>--role worker</c>): the workers start and report healthy first (start-up is not timed), then this process asks
/// <see cref="IBillingRuns.StartAsync"/> — which only enqueues — and polls <see cref="IBillingRuns.GetRunAsync"/>
/// until FinishedAt. Optionally kills the worker process holding a batch once a share of the batches is done.
/// </summary>
internal static class WorkerRun
{
    private const string DuplicatesSql =
        "SELECT count(*) FROM (SELECT contract_id, cycle_index FROM billing.billed_cycles GROUP BY 1, 2 HAVING count(*) > 1) d";

    public static async Task<RunOutcome> MeasureAsync(
        string cs, string hostDll, int processes, WorkerSettings settings, double? killAtShareDone, TimeSpan timeout, CancellationToken ct)
    {
        var storage = WorkerJobStorage.Open(cs);
        await using var workers = await StartWorkersAsync(cs, hostDll, processes, settings, ct);
        // The run alone on the worker threads: the minutely outbox job would otherwise queue the closing-report e-mails of
        // the billings just made, and their send jobs render the PDFs (ahead of billing: queue priority), which the PDF
        // rows measure.
        WorkerJobStorage.RemoveRecurringJobs(storage);
        await using var provider = BenchServices.BuildForWorkers(cs, storage);
        var label = $"[run] {processes} process(es) × {settings.HangfireWorkerCount} thread(s)";
        var loadBefore = LoadAverage();
        var clock = Stopwatch.StartNew();
        var runId = await InScopeAsync(provider, r => r.StartAsync(Generator.BaseDate, RunTrigger.Manual, ct));
        var note = "";
        BillingRunSummary? summary = null;
        while (summary?.FinishedAt is null)
        {
            if (clock.Elapsed > timeout)
            {
                Console.Error.WriteLine(workers.Logs());
                throw new BenchException($"{label}: the run did not finish in {timeout.TotalSeconds:0} s ({summary?.BatchesDone}/{summary?.Batches} batches).");
            }

            if (workers.Alive == 0)
            {
                Console.Error.WriteLine(workers.Logs());
                throw new BenchException($"{label}: every worker process exited before the run finished.");
            }

            await Task.Delay(200, ct);
            summary = await InScopeAsync(provider, r => r.GetRunAsync(runId, ct));
            if (killAtShareDone is { } share && note.Length == 0 && summary is { Batches: > 0 } s && s.BatchesDone >= share * s.Batches)
            {
                note = await KillOneAsync(workers, storage, s, clock.Elapsed);
                Console.Error.WriteLine($"{label}: {note}");
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var load = $"load {loadBefore} → {LoadAverage()}";
        var duplicates = await DuplicatesAsync(cs, ct);
        var plan = await InScopeAsync(provider, r => r.PlanAsync(Generator.BaseDate, ct));
        var lost = plan.Cycles.Count(c => c.Problem is null);
        Console.Error.WriteLine($"{label}: {summary.Considered} considered, {summary.Billed} billed, {summary.Skipped} skipped, {summary.Failed} failed " +
            $"in {seconds:0.0} s ({summary.Batches} batches); duplicates {duplicates}, lost {lost}; {load}");
        return new RunOutcome(seconds, summary, duplicates, lost, note, load);
    }

    private static async Task<WorkerProcesses> StartWorkersAsync(string cs, string hostDll, int processes, WorkerSettings settings, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var workers = await WorkerProcesses.StartAsync(hostDll, cs, processes, settings, ct);
            Console.Error.WriteLine($"[run] {processes} worker process(es) healthy in {clock.Elapsed.TotalSeconds:0.0} s");
            return workers;
        }
        catch (InvalidOperationException ex)
        {
            throw new BenchException(ex.Message);
        }
    }

    /// <summary>
    /// Kills the process that is running a batch right now (its Hangfire server id carries its pid), so that a fetched,
    /// unfinished job is really orphaned; the first live process when none is seen holding one.
    /// </summary>
    private static async Task<string> KillOneAsync(WorkerProcesses workers, JobStorage storage, BillingRunSummary at, TimeSpan elapsed)
    {
        var processing = storage.GetMonitoringApi().ProcessingJobs(0, 100);
        var holder = processing.Select(j => workers.OwnerOf(j.Value.ServerId)).FirstOrDefault(p => p is { HasExited: false });
        var victim = holder ?? workers.Processes.First(p => !p.HasExited);
        var held = processing.Count(j => workers.OwnerOf(j.Value.ServerId) == victim);
        await victim.KillAsync();
        return $"killed worker pid {victim.Id} at {elapsed.TotalSeconds:0.0} s with {at.BatchesDone}/{at.Batches} batches done, " +
            $"{held} job(s) in flight on it";
    }

    /// <summary>The 1-minute load average (Linux), or "?" elsewhere.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static async Task<T> InScopeAsync<T>(ServiceProvider provider, Func<IBillingRuns, Task<T>> call)
    {
        await using var scope = provider.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<IBillingRuns>());
    }

    private static async Task<long> DuplicatesAsync(string cs, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync(ct);
        return await BenchDatabase.ScalarAsync(connection, DuplicatesSql, ct);
    }
}
