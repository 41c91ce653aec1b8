using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Benchmarks;

/// <summary>One automatic billing run (<see cref="IBillingRuns.RunAsync"/>) on the base date over the due automatic contracts.</summary>
internal static class RunBench
{
    public static async Task RunAsync(Options options, Results results, CancellationToken ct)
    {
        var cs = BenchDatabase.ConnectionString(options.Require("server"), options.Require("db"));
        var (seconds, summary) = await MeasureAsync(cs, ct);
        results.Add(new Figure($"Recurring run, {summary.Considered} due contracts", Results.S(seconds), "—", "—", "10,000 ≤ 60 s", "—",
            $"billed {summary.Billed}, skipped {summary.Skipped}, failed {summary.Failed}"));
    }

    public static async Task<(double Seconds, BillingRunSummary Summary)> MeasureAsync(string cs, CancellationToken ct)
    {
        await using var provider = BenchServices.Build(cs);
        await using var scope = provider.CreateAsyncScope();
        var runs = scope.ServiceProvider.GetRequiredService<IBillingRuns>();
        var sw = Stopwatch.StartNew();
        var summary = await runs.RunAsync(Generator.BaseDate, RunTrigger.Manual, ct);
        var seconds = sw.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"[run] {summary.Considered} considered, {summary.Billed} billed, {summary.Skipped} skipped, {summary.Failed} failed in {seconds:0.0} s");
        return (seconds, summary);
    }
}
