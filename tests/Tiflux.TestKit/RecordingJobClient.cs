using System.Collections.Concurrent;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace Tiflux.TestKit;

/// <summary>An <see cref="IBackgroundJobClient"/> that only records what was enqueued; tests run the job classes directly.</summary>
public sealed class RecordingJobClient : IBackgroundJobClient
{
    private readonly ConcurrentQueue<(Job Job, IState State)> _jobs = new();

    public IReadOnlyList<Job> Jobs => [.. _jobs.Select(j => j.Job)];

    /// <summary>Jobs with the state they were created in (enqueued, or scheduled with its time).</summary>
    public IReadOnlyList<(Job Job, IState State)> Created => [.. _jobs];

    public string Create(Job job, IState state)
    {
        _jobs.Enqueue((job, state));
        return Guid.NewGuid().ToString("N");
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => true;
}
