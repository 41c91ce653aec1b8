using System.Net;

namespace Tiflux.Benchmarks;

/// <summary>
/// The real host (see <see cref="BenchHost"/>) under <c>wrk</c> at 50 connections: the pending-billing page of all
/// clients, one client's billing screen, the Dashboard, <c>GET /api/v2/tickets</c> and <c>GET /api/v2/billing/pending</c> (Bearer token
/// from the host's <c>token</c> command); plus the all-clients page requested alone. Every row beside the floor: the
/// same measurement against the static <c>/css/site.css</c>.
/// </summary>
internal static class HttpBench
{
    private const string FloorPath = "/css/site.css";

    private static readonly string BaseDate = Generator.BaseDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What every wrk row shares: the tool, its script, duration, connections and the floor measured with them.</summary>
    private sealed record Run(string Wrk, string Script, int Seconds, int Connections, WrkResult Floor);

    public static async Task RunAsync(Options options, Results results, CancellationToken ct)
    {
        var cs = BenchDatabase.ConnectionString(options.Require("server"), options.Require("db"));
        await MeasureAsync(cs, options.Require("host-dll"), options.Int("duration", 30), options.Int("connections", 50), results, ct);
    }

    public static async Task MeasureAsync(string cs, string hostDll, int seconds, int connections, Results results, CancellationToken ct)
    {
        var wrk = Wrk.Locate();
        if (wrk is null || !File.Exists(hostDll))
        {
            var why = wrk is null ? "wrk not installed" : $"host not built ({hostDll})";
            results.Add(new Figure("HTTP rows", "baseline unavailable", "—", "—", "p95 ≤ 100–300 ms, 0 errors", "—", why));
            return;
        }

        await using var host = await BenchHost.StartAsync(cs, hostDll, ct);
        var cookie = "Cookie: " + await host.SignInAsync(ct);
        var script = Path.Combine(host.KeysDirectory, "bench.lua");
        await File.WriteAllTextAsync(script, Wrk.Script, ct);
        var run = new Run(wrk, script, seconds, connections, await Wrk.RunAsync(wrk, script, host.BaseUrl + FloorPath, null, seconds, connections, ct));

        var pagePath = $"/faturamento?data={BaseDate}&exibir=1";
        if (await SingleRequestAsync(host.BaseUrl, pagePath, cookie, 300, results, ct))
        {
            await RowAsync(host.BaseUrl, "HTTP /faturamento (pending totals, all clients)", pagePath, cookie, 300, run, "", results, ct);
        }

        await ClientPageRowAsync(cs, host.BaseUrl, cookie, run, results, ct);
        await RowAsync(host.BaseUrl, "HTTP GET / (dashboard)", "/", cookie, 300, run,
            "every tile as the admin sees them (ADR 0031): stored pending summaries of today, billings per month, open charges, contracts, review queue, open tickets by desk × SLA",
            results, ct);

        var token = await host.TokenAsync(ct);
        if (token is null)
        {
            results.Add(new Figure("HTTP GET /api/v2/… rows", "not available yet", Describe(run.Floor), "—", "p95 ≤ 100–300 ms, 0 errors", "—",
                "the host has no `token` command yet"));
            return;
        }

        var bearer = "Authorization: Bearer " + token;
        await RowAsync(host.BaseUrl, "HTTP GET /api/v2/tickets", "/api/v2/tickets", bearer, 100, run, "default page: open tickets, 20 per page, with sla_info", results, ct);
        await RowAsync(host.BaseUrl, "HTTP GET /api/v2/tickets?sla_expiring_before=…", $"/api/v2/tickets?sla_expiring_before={BaseDate}T18:00:00-03:00", bearer, 100, run,
            "open, unpaused tickets whose stored solution deadline is before the base date's evening (late ones included), 20 per page", results, ct);
        await RowAsync(host.BaseUrl, "HTTP GET /api/v2/billing/pending (all clients)", $"/api/v2/billing/pending?base_date={BaseDate}", bearer, 300, run,
            "default page of 20 clients; the totals are computed for every client", results, ct);
    }

    /// <summary>
    /// The all-clients page requested alone: a first (cold) request, then the median of three — the figure, because a
    /// maintained per-client summary may compute on the first request after data generation and only read afterwards.
    /// False when the page does not answer 200 (the row says so and the wrk row is skipped).
    /// </summary>
    private static async Task<bool> SingleRequestAsync(string baseUrl, string path, string header, double targetMs, Results results, CancellationToken ct)
    {
        var name = "HTTP /faturamento one request alone (all clients, after a warm-up)";
        var cold = await BenchRequest.GetAsync(baseUrl + path, header, ct);
        if (cold.Status != HttpStatusCode.OK)
        {
            results.Add(new Figure(name, $"HTTP {(int)cold.Status}", "—", "—", $"≤ {targetMs:0} ms", "**no**", "the page did not answer 200 to the signed-in admin"));
            return false;
        }

        var warm = await BenchRequest.MedianMsAsync(3, baseUrl + path, header, ct);
        var floor = await BenchRequest.MedianMsAsync(3, baseUrl + FloorPath, null, ct);
        results.Add(new Figure(name, Results.Ms(warm), Results.Ms(floor) + $" ({FloorPath} alone)", Results.X(warm / Math.Max(0.001, floor)),
            $"≤ {targetMs:0} ms", Results.Yes(warm <= targetMs), $"median of 3 after the first request; first (cold) request: {Results.Ms(cold.Ms)}"));
        return true;
    }

    /// <summary>One client's billing screen (its lines with explanations), for the client with the most pending standalone entries.</summary>
    private static async Task ClientPageRowAsync(string cs, string baseUrl, string cookie, Run run, Results results, CancellationToken ct)
    {
        const string name = "HTTP /faturamento/cliente/{id} (one client's lines with explanations)";
        var client = await PendingClientPick.BusiestAsync(cs, ct);
        if (client is null)
        {
            results.Add(new Figure(name, "no client with pending lines", Describe(run.Floor), "—", "p95 ≤ 150 ms, 0 errors", "**no**", "the data set has no pending standalone entry"));
            return;
        }

        var path = $"/faturamento/cliente/{client.Id}?data={BaseDate}";
        var page = await BenchRequest.GetAsync(baseUrl + path, cookie, ct);
        if (page.Status == HttpStatusCode.OK && !page.Body.Contains("id=\"total-pendente\"", StringComparison.Ordinal))
        {
            results.Add(new Figure(name, "no pending line shown", Describe(run.Floor), "—", "p95 ≤ 150 ms, 0 errors", "**no**",
                $"{client.Name} has {client.Entries} pending standalone entries in the database but the page lists none"));
            return;
        }

        await RowAsync(baseUrl, name, path, cookie, 150, run, $"{client.Name}: {client.Entries} pending standalone entries, the most of any client", results, ct);
    }

    /// <summary>A first request (it must answer 200, and warms the route), then wrk; the row compares p95 with the floor's.</summary>
    private static async Task RowAsync(string baseUrl, string name, string path, string header, double targetMs, Run run, string note, Results results, CancellationToken ct)
    {
        var target = $"p95 ≤ {targetMs:0} ms, 0 errors";
        var first = await BenchRequest.GetAsync(baseUrl + path, header, ct);
        if (first.Status != HttpStatusCode.OK)
        {
            var missing = first.Status == HttpStatusCode.NotFound;
            results.Add(new Figure(name, missing ? "not available yet" : $"HTTP {(int)first.Status}", Describe(run.Floor), "—", target, missing ? "—" : "**no**",
                $"the first request answered HTTP {(int)first.Status}"));
            return;
        }

        var ours = await Wrk.RunAsync(run.Wrk, run.Script, baseUrl + path, header, run.Seconds, run.Connections, ct);
        var met = ours.Requests > 0 && ours.P95 <= targetMs && ours.Errors == 0;
        results.Add(new Figure(name,
            ours.Requests == 0
                ? $"no request completed in {run.Seconds} s ({ours.Errors} errors)"
                : $"p50/p95/p99 {Results.Ms(ours.P50)} / {Results.Ms(ours.P95)} / {Results.Ms(ours.P99)}, {ours.Errors} errors",
            Describe(run.Floor),
            ours.Requests == 0 ? "—" : Results.X(ours.P95 / Math.Max(0.001, run.Floor.P95)) + " (p95)",
            target,
            Results.Yes(met),
            $"{ours.Requests} requests in {run.Seconds} s at {run.Connections} connections ({ours.Requests / (double)run.Seconds:0.#}/s; " +
            $"floor {run.Floor.Requests / (double)run.Seconds:0}/s){(note.Length > 0 ? "; " + note : "")}"));
    }

    private static string Describe(WrkResult r) =>
        $"p50/p95/p99 {Results.Ms(r.P50)} / {Results.Ms(r.P95)} / {Results.Ms(r.P99)} ({FloorPath})";
}
