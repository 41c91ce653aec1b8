using Tiflux.TestKit;

namespace Tiflux.Benchmarks;

/// <summary>
/// Does the automatic run scale over processes? The same data set (generated afresh for each run, databases
/// bench_scaleout_1/_2/_kill, dropped after) billed by one worker process, then by two, each with one Hangfire worker
/// thread, so the second process is the only difference: throughput ratio (target ≥ 1.6×), cycles billed twice and
/// cycles left unbilled (both must be 0). Then two processes again, one killed once ~30 % of the batches are done:
/// the run must complete on the other, with 0 duplicates and 0 lost. The killed case runs with a job invisibility
/// timeout of <see cref="KilledInvisibilitySeconds"/> s (default 300) so that the dead process's batch is handed over quickly.
/// <c>scaleout --server … --host-dll … [--quick] [--scaleout-contracts N]</c>.
/// </summary>
internal static class ScaleOutBench
{
    public const double TargetRatio = 1.6;

    public const double KillAtShareDone = 0.3;

    public const int KilledInvisibilitySeconds = 10;

    public static async Task RunAsync(Options options, Results results, CancellationToken ct)
    {
        await MeasureAsync(options.Require("server"), Spec(options), options.Require("host-dll"), RunBench.Timeout(options), options.Has("quick"), results, ct);
    }

    /// <summary>The run data set of <see cref="AllBench"/> with <c>--scaleout-contracts</c> due contracts (10,000; 300 quick: 3 batches).</summary>
    public static GenerateSpec Spec(Options options) =>
        AllBench.RunSpec(options) with { DueContracts = options.Int("scaleout-contracts", options.Has("quick") ? 300 : 10_000) };

    /// <summary>The three runs and their two rows; <paramref name="quick"/> (a few batches) leaves the ratio unjudged.</summary>
    public static async Task MeasureAsync(string server, GenerateSpec spec, string hostDll, TimeSpan timeout, bool quick, Results results, CancellationToken ct)
    {
        var one = await OnFreshAsync(server, "bench_scaleout_1", spec, hostDll, 1, new WorkerSettings(1), null, timeout, ct);
        var two = await OnFreshAsync(server, "bench_scaleout_2", spec, hostDll, 2, new WorkerSettings(1), null, timeout, ct);
        var killed = await OnFreshAsync(server, "bench_scaleout_kill", spec, hostDll, 2, new WorkerSettings(1, KilledInvisibilitySeconds), KillAtShareDone, timeout, ct);

        var ratio = two.CyclesPerSecond / one.CyclesPerSecond;
        results.Add(new Figure($"Recurring run, 2 vs 1 worker processes (1 Hangfire thread each), {spec.DueContracts:N0} due contracts",
            Results.S(two.Seconds), Results.S(one.Seconds) + " (1 process)", Results.X(ratio) + " throughput",
            $"≥ {TargetRatio:0.0}× throughput, 0 duplicates, 0 lost", quick ? Results.Yes(Clean(one) && Clean(two)) + " (checks only)" : Results.Yes(ratio >= TargetRatio && Clean(one) && Clean(two)),
            $"{two.CyclesPerSecond:0} vs {one.CyclesPerSecond:0} cycles/s; 2 processes: {RunBench.Describe(two)}; 1 process: duplicates {one.Duplicates}, lost {one.Lost}, {one.Load}"));
        results.Add(new Figure($"Recurring run, 1 of 2 worker processes killed at {KillAtShareDone:P0} of the batches, {spec.DueContracts:N0} due contracts",
            Results.S(killed.Seconds), Results.S(two.Seconds) + " (none killed)", Results.X(killed.Seconds / two.Seconds),
            "completes on the other; 0 duplicates, 0 lost", Results.Yes(Clean(killed) && killed.Note.Length > 0),
            $"{(killed.Note.Length > 0 ? killed.Note : "**the run finished before the kill**")}; job invisibility timeout {KilledInvisibilitySeconds} s " +
            $"(Tiflux__JobInvisibilityTimeoutSeconds, default 300); {RunBench.Describe(killed)}"));
    }

    private static bool Clean(RunOutcome outcome) => outcome.Duplicates == 0 && outcome.Lost == 0 && outcome.Summary.Failed == 0;

    private static async Task<RunOutcome> OnFreshAsync(
        string server, string name, GenerateSpec spec, string hostDll, int processes, WorkerSettings settings, double? killAt, TimeSpan timeout, CancellationToken ct)
    {
        Console.Error.WriteLine($"[scaleout] {name}: {spec.DueContracts} due contracts, {processes} process(es) × {settings.HangfireWorkerCount} thread(s)");
        var cs = await BenchDatabase.PrepareAsync(server, name, force: true, ct);
        try
        {
            await Generator.GenerateAsync(cs, spec, ct);
            return await WorkerRun.MeasureAsync(cs, hostDll, processes, settings, killAt, timeout, ct);
        }
        finally
        {
            await BenchDatabase.DropAsync(server, name, ct);
        }
    }
}
