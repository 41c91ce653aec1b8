using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Tiflux.TestKit;

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
    private readonly HostProcess _process;

    private BenchHost(string hostDll, Dictionary<string, string> env, HostProcess process, string keys)
    {
        _hostDll = hostDll;
        _env = env;
        _process = process;
        KeysDirectory = keys;
    }

    public string BaseUrl => _process.BaseUrl.ToString().TrimEnd('/');

    /// <summary>A temp directory that lives as long as the host (data-protection keys; wrk's script goes there too).</summary>
    public string KeysDirectory { get; }

    public static async Task<BenchHost> StartAsync(string cs, string hostDll, CancellationToken ct)
    {
        var keys = Directory.CreateTempSubdirectory("tiflux-bench-keys-").FullName;
        var env = new Dictionary<string, string>
        {
            ["TIFLUX_DB"] = cs,
            ["TIFLUX_ADMIN_EMAIL"] = AdminEmail,
            ["TIFLUX_ADMIN_PASSWORD"] = AdminPassword,
            ["Tiflux__KeysPath"] = keys,
            ["Tiflux__DemoData"] = "false",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            // wrk measures latency, not the API's per-user rate limit (120/min), which would answer 429s.
            ["Api__RequestsPerMinutePerUser"] = "100000000",
        };
        var host = new BenchHost(hostDll, env, HostProcess.Start(hostDll, env, "--role", "web"), keys);
        if (!await host._process.WaitHealthyAsync(TimeSpan.FromSeconds(180), ct))
        {
            Console.Error.WriteLine("[http] host did not start:\n" + host._process.Output);
            await host.DisposeAsync();
            throw new BenchException("The host did not become healthy in 180 s.");
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
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
        using var process = Process.Start(HostProcess.Command(_hostDll, _env, "token", AdminEmail))!;
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
}
