using Hangfire;

namespace Tiflux.Tickets.Sla;

/// <summary>
/// Asks for the open tickets' deadlines to be recomputed after something they are measured by changed (a desk's SLA,
/// business hours, holidays): a background job when Hangfire is there, inline otherwise (module tests).
/// </summary>
internal sealed class SlaRecompute(SlaRecomputeJob job, IBackgroundJobClient? jobs = null)
{
    /// <summary><paramref name="deskId"/> null: every desk (the organisation's hours or a holiday changed).</summary>
    public async Task RequestAsync(Guid? deskId, CancellationToken cancellationToken)
    {
        if (jobs is null)
        {
            await job.RunAsync(deskId, cancellationToken);
        }
        else
        {
            jobs.Enqueue<SlaRecomputeJob>(j => j.RunAsync(deskId, CancellationToken.None));
        }
    }
}
