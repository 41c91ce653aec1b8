using System.Globalization;

namespace Tiflux.TestKit;

/// <summary>How each worker process runs its Hangfire server.</summary>
/// <param name="HangfireWorkerCount">Hangfire worker threads per process (<c>Tiflux__HangfireWorkerCount</c>).</param>
/// <param name="JobInvisibilityTimeoutSeconds">
/// After how long a job fetched by a process that died is handed to another (<c>Tiflux__JobInvisibilityTimeoutSeconds</c>).
/// </param>
internal sealed record WorkerSettings(int HangfireWorkerCount, int JobInvisibilityTimeoutSeconds = 300);

/// <summary>
/// N processes of the real host with <c>--role worker</c> on one database, as a deployment with more worker machines
/// runs them: same connection string, one shared data-protection key directory (a temp directory deleted on dispose),
/// a free port each. They start together (migrations and the first admin are serialized by the host's advisory lock)
/// and are ready once every <c>/health</c> answers. Disposing kills them all. Shared with Tiflux.Benchmarks as a
/// linked file.
/// </summary>
internal sealed class WorkerProcesses : IAsyncDisposable
{
    private readonly List<HostProcess> _processes;
    private readonly string _keys;

    private WorkerProcesses(List<HostProcess> processes, string keys)
    {
        _processes = processes;
        _keys = keys;
    }

    public IReadOnlyList<HostProcess> Processes => _processes;

    /// <summary>Processes still running (not killed, not crashed).</summary>
    public int Alive => _processes.Count(p => !p.HasExited);

    public static async Task<WorkerProcesses> StartAsync(string hostDll, string connectionString, int count, WorkerSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!File.Exists(hostDll))
        {
            throw new InvalidOperationException($"The host is not built: {hostDll} does not exist.");
        }

        var keys = Directory.CreateTempSubdirectory("tiflux-worker-keys-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["TIFLUX_DB"] = connectionString,
            ["Tiflux__KeysPath"] = keys,
            ["Tiflux__DemoData"] = "false",
            ["Tiflux__HangfireWorkerCount"] = settings.HangfireWorkerCount.ToString(CultureInfo.InvariantCulture),
            ["Tiflux__JobInvisibilityTimeoutSeconds"] = settings.JobInvisibilityTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var processes = Enumerable.Range(0, count).Select(_ => HostProcess.Start(hostDll, environment, "--role", "worker")).ToList();
        var workers = new WorkerProcesses(processes, keys);
        var healthy = await Task.WhenAll(processes.Select(p => p.WaitHealthyAsync(TimeSpan.FromSeconds(180), cancellationToken)));
        if (healthy.All(h => h))
        {
            return workers;
        }

        var logs = workers.Logs();
        await workers.DisposeAsync();
        throw new InvalidOperationException($"{healthy.Count(h => !h)} of {count} worker processes did not become healthy in 180 s:\n{logs}");
    }

    /// <summary>
    /// The process a Hangfire server id belongs to. The host names its server <c>machine:pid</c>, and Hangfire builds
    /// the id from that name, so the pid is one of the id's colon-separated parts.
    /// </summary>
    public HostProcess? OwnerOf(string serverId)
    {
        ArgumentNullException.ThrowIfNull(serverId);
        var parts = serverId.Split(':');
        return _processes.FirstOrDefault(p => parts.Contains(p.Id.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal));
    }

    /// <summary>Each process's output, headed by its pid, for a failure message.</summary>
    public string Logs() => string.Join("\n", _processes.Select(p => $"--- worker pid {p.Id} ---\n{p.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        try
        {
            Directory.Delete(_keys, recursive: true);
        }
        catch (IOException)
        {
            // a temp directory; leaving it behind is harmless
        }
    }
}
