using System.Diagnostics;
using Tiflux.TestKit;

namespace Tiflux.Benchmarks;

/// <summary>
/// Every benchmark in one go on a throwaway server: generates the data sets (databases bench_main, bench_run_a,
/// bench_run_b, recreated each time; bench_scale_N and bench_scaleout_* dropped after their rows), then pending billing,
/// its scaling at a quarter / half / all of the main clients, PDF, HTTP, the two recurring runs over a worker process
/// and the scale-out over two (see <see cref="ScaleOutBench"/>).
/// <c>--quick</c> uses tiny sizes so CI proves the harness works in seconds; its figures mean nothing.
/// </summary>
internal static class AllBench
{
    public static async Task RunAsync(Options options, Results results, CancellationToken ct)
    {
        var server = options.Require("server");
        var quick = options.Has("quick");
        var main = MainSpec(options);
        var total = Stopwatch.StartNew();

        Console.Error.WriteLine($"[all] main data set: {main.Clients} clients, {main.Tickets} tickets, {main.Entries} entries");
        var mainDb = await BenchDatabase.PrepareAsync(server, "bench_main", force: true, ct);
        await Generator.GenerateAsync(mainDb, main, ct);
        await PendingBench.MeasureAsync(mainDb, quick ? 1 : 3, $" ({main.Clients} clients / {main.Entries} entries)", results, ct);
        await ConsumptionBench.MeasureAsync(mainDb, quick ? 1 : 3, $" ({main.Clients} clients / {main.Entries} entries)", results, ct);
        await ScalingBench.MeasureAsync(server, main, quick ? 1 : 3, results, ct);
        await PdfBench.MeasureAsync(mainDb, quick, quick ? 8 : options.Int("renders", 200), results, ct);
        if (options.Get("host-dll") is { } hostDll)
        {
            await HttpBench.MeasureAsync(mainDb, hostDll, options.Int("duration", quick ? 2 : 30), options.Int("connections", 50), results, ct);
            await RunRowsAsync(server, RunSpec(options), hostDll, options, results, ct);
            await ScaleOutBench.MeasureAsync(server, ScaleOutBench.Spec(options), hostDll, RunBench.Timeout(options), quick, results, ct);
        }
        else
        {
            results.Add(new Figure("HTTP and recurring run rows", "not run", "—", "—", "p95 ≤ 100–300 ms; run 10,000 ≤ 60 s; 2 processes ≥ 1.6×", "—",
                "no --host-dll given (they need the real host)"));
        }

        Console.Error.WriteLine($"[all] done in {total.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>The main data set's sizes: the options given, else 1,000 clients / 100,000 tickets / 500,000 entries (30 / 300 / 1,500 quick).</summary>
    public static GenerateSpec MainSpec(Options options)
    {
        var quick = options.Has("quick");
        return new GenerateSpec(options.Int("seed", 42), options.Int("clients", quick ? 30 : 1000), options.Int("tickets", quick ? 300 : 100_000),
            options.Int("entries", quick ? 1500 : 500_000), 0);
    }

    /// <summary>
    /// The run data set: 1,000 clients / 10,000 tickets / 50,000 entries and <c>--due-contracts</c> automatic contracts
    /// due on the base date (10,000), or 10 / 100 / 500 and 5 quick.
    /// </summary>
    public static GenerateSpec RunSpec(Options options)
    {
        var quick = options.Has("quick");
        return new GenerateSpec(options.Int("seed", 42), options.Int("run-clients", quick ? 10 : 1000), options.Int("run-tickets", quick ? 100 : 10_000),
            options.Int("run-entries", quick ? 500 : 50_000), options.Int("due-contracts", quick ? 5 : 10_000));
    }

    /// <summary>
    /// The run at full size on one worker process with <see cref="RunBench.DefaultThreads"/> Hangfire threads ("one
    /// process on 2 cores"), and the same with twice the due contracts (linearity).
    /// </summary>
    private static async Task RunRowsAsync(string server, GenerateSpec runSpec, string hostDll, Options options, Results results, CancellationToken ct)
    {
        var quick = options.Has("quick");
        var runA = runSpec.DueContracts;
        var threads = options.Int("worker-threads", RunBench.DefaultThreads);
        var settings = new WorkerSettings(threads);
        var a = await RunOnFreshAsync(server, "bench_run_a", runSpec, hostDll, settings, RunBench.Timeout(options), ct);
        var b = await RunOnFreshAsync(server, "bench_run_b", runSpec with { DueContracts = runA * 2 }, hostDll, settings, RunBench.Timeout(options), ct);
        results.Add(new Figure($"Recurring run, {runA:N0} due contracts", Results.S(a.Seconds), "60 s (target)", Results.X(a.Seconds / 60) + " of target",
            "≤ 60 s for 10,000 on 2 cores", quick ? "—" : Results.Yes(a.Seconds <= 60 * runA / 10_000.0 && a.Duplicates == 0 && a.Lost == 0),
            $"1 worker process × {threads} Hangfire threads (Tiflux__HangfireWorkerCount={threads}: one process on 2 cores); start request to FinishedAt, " +
            "worker start-up not included; " + RunBench.Describe(a) +
            (runA == 10_000 ? "" : $"; sizes reduced: linear extrapolation to 10,000 = {a.Seconds / runA * 10_000:0} s")));
        var ratio = b.Seconds / a.Seconds;
        results.Add(new Figure($"Recurring run, {runA * 2:N0} vs {runA:N0} due contracts", Results.S(b.Seconds), Results.S(a.Seconds) + $" ({runA:N0})",
            Results.X(ratio), "≤ 2.1×", Results.Yes(ratio <= 2.1), RunBench.Describe(b)));
    }

    private static async Task<RunOutcome> RunOnFreshAsync(string server, string name, GenerateSpec spec, string hostDll, WorkerSettings settings, TimeSpan timeout, CancellationToken ct)
    {
        var cs = await BenchDatabase.PrepareAsync(server, name, force: true, ct);
        await Generator.GenerateAsync(cs, spec, ct);
        return await WorkerRun.MeasureAsync(cs, hostDll, 1, settings, null, timeout, ct);
    }
}
