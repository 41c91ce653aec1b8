using System.Diagnostics;
using Tiflux.Billing.PublicApi;
using Tiflux.TestKit;

namespace Tiflux.Web.Tests.ScaleOut;

/// <summary>
/// Scale-out at small size with the real host: two <c>--role worker</c> processes on one database run one automatic
/// run; the process holding a batch is killed once a batch is done, and the run must still complete on the other —
/// every due cycle billed exactly once. The orphaned batch comes back after the job invisibility timeout, set low here.
/// </summary>
[Trait("Category", "Integration")]
public sealed class WorkerProcessesScaleOutTests : IAsyncLifetime
{
    /// <summary>The host's floor for Tiflux__JobInvisibilityTimeoutSeconds.</summary>
    private const int InvisibilitySeconds = 10;

    /// <summary>
    /// Usually about 25 s: the orphaned batch becomes visible 10 s after the dead process's last heartbeat and the
    /// survivor fetches it at its next queue poll (15 s; long polling only wakes on new enqueues). The margin is for
    /// slow, shared CI machines.
    /// </summary>
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(150);

    private AutomaticRunWorld _world = null!;

    public async Task InitializeAsync() => _world = await AutomaticRunWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Run_WithTheWorkerHoldingABatchKilled_CompletesOnTheOther_BillingEachDueCycleOnce()
    {
        var due = await _world.BillableAsync();
        await using var workers = await WorkerProcesses.StartAsync(WebHostBuild.Dll, _world.ConnectionString, 2, new WorkerSettings(1, InvisibilitySeconds), default);
        // One thread per process: the recurring jobs (outbox, e-mail with closing-report PDFs) must not hold the survivor's only one.
        WorkerJobStorage.RemoveRecurringJobs(_world.Jobs);

        var runId = await _world.Runs(r => r.StartAsync(AutomaticRunWorld.RunDate, RunTrigger.Manual, default));
        var (summary, killed) = await FollowKillingTheBatchHolderAsync(runId, workers);

        Assert.True(killed is not null, $"The run finished before a worker holding a batch could be killed ({summary.Batches} batches): nothing was proved.");
        Assert.True(summary.FinishedAt is not null, $"The run did not finish in {RunTimeout.TotalSeconds} s after worker {killed.Id} was killed:\n{workers.Logs()}");
        Assert.Equal(1, workers.Alive);
        Assert.Equal(AutomaticRunWorld.Contracts * AutomaticRunWorld.CyclesPerContract, due);
        Assert.Equal((due, 0), (summary.Billed + summary.Skipped, summary.Failed));
        Assert.Equal(0L, await _world.DuplicatesAsync());
        Assert.Equal(0, await _world.BillableAsync());
        Assert.Equal(due, await _world.BilledCyclesAsync());
    }

    /// <summary>
    /// Polls the run until it finishes or the time is up; once a batch is done, kills the worker process whose Hangfire
    /// server is processing a job at that moment (the server id carries its pid), so its fetched job is orphaned.
    /// </summary>
    private async Task<(BillingRunSummary Summary, HostProcess? Killed)> FollowKillingTheBatchHolderAsync(Guid runId, WorkerProcesses workers)
    {
        var monitoring = _world.Jobs.GetMonitoringApi();
        var clock = Stopwatch.StartNew();
        HostProcess? killed = null;
        BillingRunSummary? summary = null;
        while (clock.Elapsed < RunTimeout)
        {
            summary = await _world.Runs(r => r.GetRunAsync(runId, default));
            if (summary?.FinishedAt is not null)
            {
                break;
            }

            if (killed is null && summary is { BatchesDone: > 0 })
            {
                killed = monitoring.ProcessingJobs(0, 50).Select(j => workers.OwnerOf(j.Value.ServerId)).FirstOrDefault(p => p is not null);
                if (killed is not null)
                {
                    await killed.KillAsync();
                }
            }

            await Task.Delay(50);
        }

        return (summary ?? throw new InvalidOperationException($"Run {runId} was never planned:\n{workers.Logs()}"), killed);
    }
}
