using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Tiflux.Benchmarks;

/// <summary>What one wrk run measured: completed requests, latency percentiles in ms and errors.</summary>
internal sealed record WrkResult(long Requests, double P50, double P95, double P99, long Errors);

/// <summary>
/// <c>wrk -t2 -c{connections} -d{seconds}s --latency --timeout 60s</c> with a Lua <c>done</c> hook that prints the
/// percentiles and error counts on one line; errors = socket errors (connect, read, write, timeout) + non-2xx/3xx answers.
/// </summary>
internal static partial class Wrk
{
    private static readonly string[] Paths = ["/usr/bin/wrk", "/usr/local/bin/wrk"];

    public const string Script = """
        done = function(summary, latency, requests)
          io.write(string.format("BENCH requests=%d p50=%d p95=%d p99=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
            summary.requests, latency:percentile(50), latency:percentile(95), latency:percentile(99),
            summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
        end
        """;

    /// <summary>The installed wrk, or null when the package is missing.</summary>
    public static string? Locate() => Paths.FirstOrDefault(File.Exists);

    public static async Task<WrkResult> RunAsync(string wrk, string script, string url, string? header, int seconds, int connections, CancellationToken ct)
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
}
