using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Benchmarks;

/// <summary>
/// Does the pending engine scale linearly? The cold rebuild of <see cref="IBillingModule.GetPendingTotalsAsync"/> for
/// all clients (every summary stale, as in <see cref="PendingBench"/>) on three data sets of a quarter, half and all of the main spec's clients, with tickets and
/// entries scaled in proportion (same entries per client), each in its own database (bench_scale_N, dropped after).
/// Linear or better: 2× the clients costs at most ~2.2× the time, for both steps.
/// </summary>
internal static class ScalingBench
{
    private const double MaxStepRatio = 2.2;

    private sealed record Point(GenerateSpec Spec, double RebuildMs, double ReadMs, int Clients);

    public static async Task RunAsync(Options options, Results results, CancellationToken ct)
    {
        await MeasureAsync(options.Require("server"), AllBench.MainSpec(options), options.Int("iterations", options.Has("quick") ? 1 : 3), results, ct);
    }

    public static async Task MeasureAsync(string server, GenerateSpec main, int iterations, Results results, CancellationToken ct)
    {
        var points = new List<Point>();
        foreach (var divisor in new[] { 4, 2, 1 })
        {
            points.Add(await MeasureOneAsync(server, Scaled(main, divisor), iterations, ct));
        }

        var (small, middle, large) = (points[0], points[1], points[2]);
        var first = middle.RebuildMs / small.RebuildMs;
        var second = large.RebuildMs / middle.RebuildMs;
        results.Add(new Figure(
            $"Pending totals scaling, {small.Spec.Clients:N0} / {middle.Spec.Clients:N0} / {large.Spec.Clients:N0} clients (same entries per client)",
            string.Join(" / ", points.Select(p => Results.Ms(p.RebuildMs))),
            Results.Ms(small.RebuildMs) + $" ({small.Spec.Clients:N0} clients)",
            $"{Results.X(first)} ({middle.Spec.Clients:N0}/{small.Spec.Clients:N0}), {Results.X(second)} ({large.Spec.Clients:N0}/{middle.Spec.Clients:N0})",
            $"each ratio ≤ {MaxStepRatio.ToString("0.0", CultureInfo.InvariantCulture)}× (linear or better)",
            Results.Yes(first <= MaxStepRatio && second <= MaxStepRatio),
            "cold rebuilds, median of " + iterations + "; reads with the summaries current " + string.Join(" / ", points.Select(p => Results.Ms(p.ReadMs))) + "; sizes " +
            string.Join(", ", points.Select(p => $"{p.Spec.Clients:N0}/{p.Spec.Tickets:N0}/{p.Spec.Entries:N0}")) +
            " clients/tickets/entries (each set also holds the 150-entry report client); clients with pending totals " +
            string.Join(" / ", points.Select(p => p.Clients.ToString(CultureInfo.InvariantCulture)))));
    }

    /// <summary>The main spec with 1/<paramref name="divisor"/> of its clients and the same tickets and entries per client.</summary>
    public static GenerateSpec Scaled(GenerateSpec main, int divisor)
    {
        var clients = Math.Max(3, (int)Math.Round(main.Clients / (double)divisor, MidpointRounding.AwayFromZero));
        int Per(int total) => Math.Max(1, (int)Math.Round(total * (double)clients / main.Clients, MidpointRounding.AwayFromZero));
        return main with { Clients = clients, Tickets = Per(main.Tickets), Entries = Per(main.Entries), DueContracts = 0 };
    }

    private static async Task<Point> MeasureOneAsync(string server, GenerateSpec spec, int iterations, CancellationToken ct)
    {
        var name = $"bench_scale_{spec.Clients}";
        Console.Error.WriteLine($"[scale] {name}: {spec.Clients} clients, {spec.Tickets} tickets, {spec.Entries} entries");
        var cs = await BenchDatabase.PrepareAsync(server, name, force: true, ct);
        await Generator.GenerateAsync(cs, spec, ct);
        try
        {
            await using var provider = BenchServices.Build(cs);
            var rebuildMs = await PendingBench.RebuildMsAsync(provider, cs, iterations, ct);
            var request = new PendingRequest(Generator.BaseDate, null, null, PendingScope.Both);
            var clients = 0;
            var readMs = await PendingBench.TimeAsync(iterations, async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                clients = (await scope.ServiceProvider.GetRequiredService<IBillingModule>().GetPendingTotalsAsync(request, ct)).Count;
                return clients;
            });
            Console.Error.WriteLine($"[scale] {name}: rebuild {rebuildMs:0} ms, read {readMs:0.0} ms, {clients} clients with pending totals");
            return new Point(spec, rebuildMs, readMs, clients);
        }
        finally
        {
            await BenchDatabase.DropAsync(server, name, ct);
        }
    }
}
