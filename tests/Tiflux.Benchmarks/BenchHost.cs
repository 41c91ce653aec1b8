using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Tiflux.Benchmarks;

/// <summary>
/// The real host (Release build, <c>--role web</c>) on a free loopback port against the generated database, with an
/// admin created from TIFLUX_ADMIN_EMAIL/PASSWORD; signs in through the real form and asks the host's <c>token</c>
/// command for an API token. Disposing kills the host and deletes its keys directory.
/// </summary>
internal sealed partial class BenchHost : IAsyncDisposable
{
    private const string AdminEmail = "bench-admin@tiflux.local";
    private const string AdminPassword = "Bench-Admin-2026!x";

    private readonly string _hostDll;
    private readonly Dictionary<string, string> _env;
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private BenchHost(string hostDll, Dictionary<string, string> env, Process process, string baseUrl, string keys)
    {
        _hostDll = hostDll;
        _env = env;
        _process = process;
        BaseUrl = baseUrl;
        KeysDirectory = keys;
    }

    public string BaseUrl { get; }

    /// <summary>A temp directory that lives as long as the host (data-protection keys; wrk's script goes there too).</summary>
    public string KeysDirectory { get; }

    public static async Task<BenchHost> StartAsync(string cs, string hostDll, CancellationToken ct)
    {
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
        var process = Process.Start(Command(hostDll, env, "--urls", $"http://127.0.0.1:{port}", "--role", "web"))!;
        var host = new BenchHost(hostDll, env, process, $"http://127.0.0.1:{port}", keys);
        process.OutputDataReceived += (_, e) => host.Log(e.Data);
        process.ErrorDataReceived += (_, e) => host.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!await host.WaitHealthyAsync(ct))
        {
            lock (host._log)
            {
                Console.Error.WriteLine("[http] host did not start:\n" + host._log);
            }

            await host.DisposeAsync();
            throw new BenchException("The host did not become healthy in 180 s.");
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }

        _process.Dispose();
        Directory.Delete(KeysDirectory, true);
    }

    /// <summary>Signs in through the real form (antiforgery token and cookie), as a browser does; returns the Cookie header.</summary>
    public async Task<string> SignInAsync(CancellationToken ct)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(BaseUrl) };
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

        return cookies.GetCookieHeader(new Uri(BaseUrl));
    }

    /// <summary>The host's <c>token &lt;e-mail&gt;</c> command prints a fresh API token as its last line; null while it does not exist.</summary>
    public async Task<string?> TokenAsync(CancellationToken ct)
    {
        using var process = Process.Start(Command(_hostDll, _env, "token", AdminEmail))!;
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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"__RequestVerificationToken\"")]
    private static partial Regex Antiforgery();

    private static ProcessStartInfo Command(string hostDll, Dictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(hostDll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            start.Environment[k] = v;
        }

        return start;
    }

    private void Log(string? line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private async Task<bool> WaitHealthyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(180) && !_process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl + "/health"), ct);
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
