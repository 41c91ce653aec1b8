using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Tiflux.Benchmarks;

/// <summary>
/// The real host (Release build, <c>--role web</c>) on loopback against the generated database, signed in as an admin
/// created from TIFLUX_ADMIN_EMAIL/PASSWORD; <c>wrk</c> at 50 connections against the pending-billing page and
/// <c>GET /api/v2/tickets</c> (Bearer token from the host's <c>token</c> command), beside the floor: the same wrk
/// against the static <c>/css/site.css</c>.
/// </summary>
internal static partial class HttpBench
{
    private static readonly string[] WrkPaths = ["/usr/bin/wrk", "/usr/local/bin/wrk"];

    private const string AdminEmail = "bench-admin@tiflux.local";
    private const string AdminPassword = "Bench-Admin-2026!x";

    private const string WrkScript = """
        done = function(summary, latency, requests)
          io.write(string.format("BENCH requests=%d p50=%d p95=%d p99=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
            summary.requests, latency:percentile(50), latency:percentile(95), latency:percentile(99),
            summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
        end
        """;

    public static async Task RunAsync(Options options, Results results, CancellationToken ct)
    {
        var cs = BenchDatabase.ConnectionString(options.Require("server"), options.Require("db"));
        await MeasureAsync(cs, options.Require("host-dll"), options.Int("duration", 30), options.Int("connections", 50), results, ct);
    }

    public static async Task MeasureAsync(string cs, string hostDll, int seconds, int connections, Results results, CancellationToken ct)
    {
        var wrk = WrkPaths.FirstOrDefault(File.Exists);
        if (wrk is null || !File.Exists(hostDll))
        {
            var why = wrk is null ? "wrk not installed" : $"host not built ({hostDll})";
            results.Add(new Figure("HTTP /faturamento", "baseline unavailable", "—", "—", "p95 ≤ 100 ms, 0 errors", "—", why));
            return;
        }

        var port = FreePort();
        var keys = Directory.CreateTempSubdirectory("tiflux-bench-keys-").FullName;
        var env = new Dictionary<string, string>
        {
            ["TIFLUX_DB"] = cs,
            ["ConnectionStrings__Tiflux"] = cs,
            ["TIFLUX_ADMIN_EMAIL"] = AdminEmail,
            ["TIFLUX_ADMIN_PASSWORD"] = AdminPassword,
            ["Tiflux__KeysPath"] = keys,
            ["Tiflux__DemoData"] = "false",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            // wrk measures latency, not the API's per-user rate limit (120/min), which would answer 429s.
            ["Api__RequestsPerMinutePerUser"] = "100000000",
        };
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { hostDll, "--urls", $"http://127.0.0.1:{port}", "--role", "web" })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            start.Environment[k] = v;
        }

        using var host = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        host.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        host.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            var baseUrl = $"http://127.0.0.1:{port}";
            if (!await WaitHealthyAsync(baseUrl, host, ct))
            {
                lock (log)
                {
                    Console.Error.WriteLine("[http] host did not start:\n" + log);
                }

                throw new BenchException("The host did not become healthy in 180 s.");
            }

            var cookie = await SignInAsync(baseUrl, ct);
            var script = Path.Combine(keys, "bench.lua");
            await File.WriteAllTextAsync(script, WrkScript, ct);

            var floor = await WrkAsync(wrk, script, $"{baseUrl}/css/site.css", null, seconds, connections, ct);
            var pagePath = $"/faturamento?data={Generator.BaseDate:yyyy-MM-dd}&exibir=1";
            var single = Stopwatch.StartNew();
            var pageStatus = await StatusAsync(baseUrl + pagePath, "Cookie", cookie, ct);
            var singleMs = single.Elapsed.TotalMilliseconds;
            if (pageStatus != HttpStatusCode.OK)
            {
                results.Add(new Figure("HTTP /faturamento", $"HTTP {(int)pageStatus}", Describe(floor), "—", "p95 ≤ 100 ms, 0 errors", "**no**", "the page did not answer 200 to the signed-in admin"));
            }
            else
            {
                var page = await WrkAsync(wrk, script, baseUrl + pagePath, "Cookie: " + cookie, seconds, connections, ct);
                AddRow(results, "HTTP /faturamento (pending totals, all clients)", page, floor, connections, seconds, $"one request alone: {Results.Ms(singleMs)}");
            }

            var token = await TokenAsync(hostDll, env, ct);
            var apiStatus = token is null ? HttpStatusCode.NotFound : await StatusAsync(baseUrl + "/api/v2/tickets", "Authorization", "Bearer " + token, ct);
            if (token is null || apiStatus == HttpStatusCode.NotFound)
            {
                results.Add(new Figure("HTTP GET /api/v2/tickets", "not available yet", Describe(floor), "—", "p95 ≤ 100 ms, 0 errors", "—",
                    token is null ? "the host has no `token` command yet" : "the route answers 404"));
            }
            else
            {
                var api = await WrkAsync(wrk, script, baseUrl + "/api/v2/tickets", "Authorization: Bearer " + token, seconds, connections, ct);
                AddRow(results, "HTTP GET /api/v2/tickets", api, floor, connections, seconds, apiStatus == HttpStatusCode.OK ? "" : $"first answer HTTP {(int)apiStatus}");
            }
        }
        finally
        {
            try
            {
                host.Kill(entireProcessTree: true);
                await host.WaitForExitAsync(CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // already exited
            }

            Directory.Delete(keys, true);
        }
    }

    private sealed record WrkResult(long Requests, double P50, double P95, double P99, long Errors);

    private static string Describe(WrkResult r) =>
        $"p50/p95/p99 {Results.Ms(r.P50)} / {Results.Ms(r.P95)} / {Results.Ms(r.P99)} (/css/site.css)";

    private static void AddRow(Results results, string name, WrkResult ours, WrkResult floor, int connections, int seconds, string extra = "")
    {
        var met = ours.Requests > 0 && ours.P95 <= 100 && ours.Errors == 0;
        results.Add(new Figure(name,
            ours.Requests == 0
                ? $"no request completed in {seconds} s ({ours.Errors} errors)"
                : $"p50/p95/p99 {Results.Ms(ours.P50)} / {Results.Ms(ours.P95)} / {Results.Ms(ours.P99)}, {ours.Errors} errors",
            Describe(floor),
            ours.Requests == 0 ? "—" : Results.X(ours.P95 / Math.Max(0.001, floor.P95)) + " (p95)",
            "p95 ≤ 100 ms, 0 errors",
            Results.Yes(met),
            $"{ours.Requests} requests in {seconds} s at {connections} connections ({ours.Requests / (double)seconds:0.#}/s; floor {floor.Requests / (double)seconds:0}/s) {extra}".Trim()));
    }

    private static async Task<WrkResult> WrkAsync(string wrk, string script, string url, string? header, int seconds, int connections, CancellationToken ct)
    {
        var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true };
        var args = new List<string> { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "60s", "-s", script };
        if (header is not null)
        {
            args.AddRange(["-H", header]);
        }

        args.Add(url);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var match = BenchLine().Match(output);
        if (!match.Success)
        {
            throw new BenchException("wrk output not understood:\n" + output + await process.StandardError.ReadToEndAsync(ct));
        }

        long N(string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        var non2xx = NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socket = N("connect") + N("read") + N("write") + N("timeout");
        return new WrkResult(N("requests"), N("p50") / 1000.0, N("p95") / 1000.0, N("p99") / 1000.0, socket + Math.Max(non2xx, N("status")));
    }

    [GeneratedRegex(@"BENCH requests=(?<requests>\d+) p50=(?<p50>\d+) p95=(?<p95>\d+) p99=(?<p99>\d+) connect=(?<connect>\d+) read=(?<read>\d+) write=(?<write>\d+) status=(?<status>\d+) timeout=(?<timeout>\d+)")]
    private static partial Regex BenchLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"__RequestVerificationToken\"")]
    private static partial Regex Antiforgery();

    private static async Task<bool> WaitHealthyAsync(string baseUrl, Process host, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(180) && !host.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(baseUrl + "/health"), ct);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // slow start
            }

            await Task.Delay(500, ct);
        }

        return false;
    }

    /// <summary>Signs in through the real form (antiforgery token and cookie), as a browser does; returns the Cookie header.</summary>
    private static async Task<string> SignInAsync(string baseUrl, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        var form = await http.GetStringAsync(new Uri("/conta/entrar", UriKind.Relative), ct);
        var match = Antiforgery().Match(form);
        if (!match.Success)
        {
            throw new BenchException("No antiforgery token on /conta/entrar.");
        }

        var token = WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = AdminEmail,
            ["Input.Password"] = AdminPassword,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await http.PostAsync(new Uri("/conta/entrar", UriKind.Relative), content, ct);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new BenchException($"Sign-in failed: HTTP {(int)response.StatusCode}.");
        }

        return cookies.GetCookieHeader(new Uri(baseUrl));
    }

    private static async Task<HttpStatusCode> StatusAsync(string url, string header, string value, CancellationToken ct)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(5) };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await http.SendAsync(request, ct);
        return response.StatusCode;
    }

    /// <summary>The host's <c>token &lt;e-mail&gt;</c> command prints a fresh API token as its last line; null while it does not exist.</summary>
    private static async Task<string?> TokenAsync(string hostDll, Dictionary<string, string> env, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { hostDll, "token", AdminEmail })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            start.Environment[k] = v;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            return null;
        }

        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return string.IsNullOrEmpty(last) ? null : last;
    }

    private static int FreePort()
    {
        for (var port = 57100; port < 57400; port++)
        {
            try
            {
                using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, port);
                listener.Start();
                listener.Stop();
                return port;
            }
            catch (System.Net.Sockets.SocketException)
            {
                // taken
            }
        }

        throw new BenchException("No free port between 57100 and 57400.");
    }
}
