using Tiflux.TestKit;

namespace Tiflux.Benchmarks;

/// <summary>
/// One automatic billing run on the base date over an already generated database (<c>generate --due-contracts N</c>),
/// executed by worker processes of the real host (see <see cref="WorkerRun"/>).
/// <c>run --server … --db … --host-dll … [--workers 1] [--worker-threads 2] [--run-timeout 900]</c>.
/// </summary>
internal static class RunBench
{
    /// <summary>"One worker process on 2 cores": two Hangfire worker threads, one per core.</summary>
    public const int DefaultThreads = 2;

    public static async Task RunAsync(Options options, Results results, CancellationToken ct)
    {
        var cs = BenchDatabase.ConnectionString(options.Require("server"), options.Require("db"));
        var processes = options.Int("workers", 1);
        var threads = options.Int("worker-threads", DefaultThreads);
        var outcome = await WorkerRun.MeasureAsync(cs, options.Require("host-dll"), processes, new WorkerSettings(threads), null, Timeout(options), ct);
        results.Add(new Figure($"Recurring run, {outcome.Summary.Considered:N0} due contracts", Results.S(outcome.Seconds), "—", "—", "10,000 ≤ 60 s", "—",
            $"{processes} worker process(es) × {threads} Hangfire thread(s); " + Describe(outcome)));
    }

    /// <summary>The longest a run may take before the benchmark gives up (<c>--run-timeout</c> seconds, default 900).</summary>
    public static TimeSpan Timeout(Options options) => TimeSpan.FromSeconds(options.Int("run-timeout", 900));

    /// <summary>Billed/failed, ms per cycle and the two checks, for a note column.</summary>
    public static string Describe(RunOutcome outcome) =>
        $"billed {outcome.Summary.Billed:N0}, skipped {outcome.Summary.Skipped}, failed {outcome.Summary.Failed}; {outcome.MsPerCycle:0.00} ms per cycle; " +
        $"{outcome.Summary.Batches} batches; duplicates {outcome.Duplicates}, lost {outcome.Lost}; {outcome.Load}";
}
