using System.Diagnostics;

namespace Tiflux.Benchmarks;

/// <summary>
/// Every benchmark in one go on a throwaway server: generates the data sets (databases bench_main, bench_run_a,
/// bench_run_b, recreated each time; bench_scale_N for the scaling row, dropped after it), then pending billing, its
/// scaling at a quarter / half / all of the main clients, PDF, HTTP and the two recurring runs.
/// <c>--quick</c> uses tiny sizes so CI proves the harness works in seconds; its figures mean nothing.
/// </summary>
internal static class AllBench
{
    public static async Task RunAsync(Options options, Results results, CancellationToken ct)
    {
        var server = options.Require("server");
        var quick = options.Has("quick");
        var main = MainSpec(options);
        var runA = options.Int("due-contracts", quick ? 5 : 10_000);
        var runClients = options.Int("run-clients", quick ? 10 : 1000);
        var runSpec = new GenerateSpec(main.Seed, runClients, options.Int("run-tickets", quick ? 100 : 10_000), options.Int("run-entries", quick ? 500 : 50_000), runA);
        var total = Stopwatch.StartNew();

        Console.Error.WriteLine($"[all] main data set: {main.Clients} clients, {main.Tickets} tickets, {main.Entries} entries");
        var mainDb = await BenchDatabase.PrepareAsync(server, "bench_main", force: true, ct);
        await Generator.GenerateAsync(mainDb, main, ct);
        await PendingBench.MeasureAsync(mainDb, quick ? 1 : 3, $" ({main.Clients} clients / {main.Entries} entries)", results, ct);
        await ScalingBench.MeasureAsync(server, main, quick ? 1 : 3, results, ct);
        await PdfBench.MeasureAsync(mainDb, quick, quick ? 8 : options.Int("renders", 200), results, ct);
        if (options.Get("host-dll") is { } hostDll)
        {
            await HttpBench.MeasureAsync(mainDb, hostDll, options.Int("duration", quick ? 2 : 30), options.Int("connections", 50), results, ct);
        }
        else
        {
            results.Add(new Figure("HTTP rows", "not run", "—", "—", "p95 ≤ 100–300 ms, 0 errors", "—", "no --host-dll given"));
        }

        var a = await RunOnFreshAsync(server, "bench_run_a", runSpec, ct);
        var b = await RunOnFreshAsync(server, "bench_run_b", runSpec with { DueContracts = runA * 2 }, ct);
        results.Add(new Figure($"Recurring run, {runA:N0} due contracts", Results.S(a.Seconds), "60 s (target)", Results.X(a.Seconds / 60) + " of target",
            "≤ 60 s for 10,000 on 2 cores", quick ? "—" : Results.Yes(a.Seconds <= 60 * runA / 10_000.0),
            $"billed {a.Billed}, failed {a.Failed}; {a.Seconds * 1000 / Math.Max(1, a.Considered):0.0} ms per cycle" +
            (runA == 10_000 ? "" : $"; sizes reduced: linear extrapolation to 10,000 = {a.Seconds / runA * 10_000:0} s")));
        var ratio = b.Seconds / a.Seconds;
        results.Add(new Figure($"Recurring run, {runA * 2:N0} vs {runA:N0} due contracts", Results.S(b.Seconds), Results.S(a.Seconds) + $" ({runA:N0})",
            Results.X(ratio), "≤ 2.2×", Results.Yes(ratio <= 2.2), $"billed {b.Billed}, failed {b.Failed}"));
        Console.Error.WriteLine($"[all] done in {total.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>The main data set's sizes: the options given, else 1,000 clients / 100,000 tickets / 500,000 entries (30 / 300 / 1,500 quick).</summary>
    public static GenerateSpec MainSpec(Options options)
    {
        var quick = options.Has("quick");
        return new GenerateSpec(options.Int("seed", 42), options.Int("clients", quick ? 30 : 1000), options.Int("tickets", quick ? 300 : 100_000),
            options.Int("entries", quick ? 1500 : 500_000), 0);
    }

    private sealed record RunOutcome(double Seconds, int Considered, int Billed, int Failed);

    private static async Task<RunOutcome> RunOnFreshAsync(string server, string name, GenerateSpec spec, CancellationToken ct)
    {
        var cs = await BenchDatabase.PrepareAsync(server, name, force: true, ct);
        await Generator.GenerateAsync(cs, spec, ct);
        var (seconds, summary) = await RunBench.MeasureAsync(cs, ct);
        return new RunOutcome(seconds, summary.Considered, summary.Billed, summary.Failed);
    }
}
