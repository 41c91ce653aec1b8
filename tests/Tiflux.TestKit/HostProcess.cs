using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Tiflux.TestKit;

/// <summary>
/// One process of the real host (<c>dotnet Tiflux.Web.dll …</c>) with its standard output and error kept in memory.
/// Used by the tests and the benchmarks that need separate processes (scale-out over worker processes, the HTTP
/// benchmark); compiled into Tiflux.TestKit and, as a linked file, into Tiflux.Benchmarks, which does not reference
/// the test kit (it would drag xunit and the test host in).
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>http://127.0.0.1:&lt;port&gt;, the address given with <c>--urls</c>.</summary>
    public Uri BaseUrl { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote so far (stdout and stderr, interleaved).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the host on a free loopback port: <c>dotnet hostDll arguments… --urls http://127.0.0.1:port</c>.</summary>
    public static HostProcess Start(string hostDll, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = Process.Start(Command(hostDll, environment, [.. arguments, "--urls", baseUrl.ToString().TrimEnd('/')]))
            ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new HostProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>
    /// <c>dotnet hostDll arguments…</c> in the dll's directory (the content root, as in a deployment: its
    /// appsettings.json and wwwroot apply), with the environment given on top of this process's own and both outputs
    /// redirected. The connection string goes in as both TIFLUX_DB and ConnectionStrings__Tiflux when either is given,
    /// so an inherited ConnectionStrings__Tiflux (which wins over TIFLUX_DB) cannot point the child at another database.
    /// </summary>
    public static ProcessStartInfo Command(string hostDll, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(hostDll)),
        };
        start.ArgumentList.Add(hostDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        if (environment.TryGetValue("TIFLUX_DB", out var cs) || environment.TryGetValue("ConnectionStrings__Tiflux", out cs))
        {
            start.Environment["TIFLUX_DB"] = cs;
            start.Environment["ConnectionStrings__Tiflux"] = cs;
        }

        return start;
    }

    /// <summary>Waits until <c>GET /health</c> answers 2xx; false when the process exits or the time is up.</summary>
    public async Task<bool> WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = new Uri(BaseUrl, "/health");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !_process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(health, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // a slow start: ask again
            }

            await Task.Delay(250, cancellationToken);
        }

        return false;
    }

    /// <summary>Kills the process and its children at once (no graceful shutdown: this is the crash case) and waits for it.</summary>
    public async Task KillAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }

        await _process.WaitForExitAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    /// <summary>A loopback port nobody listens on right now (the system picks it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
