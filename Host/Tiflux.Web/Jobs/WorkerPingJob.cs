namespace Tiflux.Web.Jobs;

/// <summary>A no-op job an admin enqueues from Configurações to prove a worker picks jobs up.</summary>
public sealed partial class WorkerPingJob(ILogger<WorkerPingJob> logger)
{
    public Task RunAsync(string requestedBy, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        LogPing(logger, requestedBy, Environment.MachineName, Environment.ProcessId);
        return Task.CompletedTask;
    }

    [LoggerMessage(LogLevel.Information, "Worker ping requested by {RequestedBy} ran on {Machine} (pid {Pid}).")]
    private static partial void LogPing(ILogger logger, string requestedBy, string machine, int pid);
}
