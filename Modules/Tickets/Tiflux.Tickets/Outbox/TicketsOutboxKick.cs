using Hangfire;

namespace Tiflux.Tickets.Outbox;

/// <summary>The recurring outbox job would deliver within a minute; after a committed write it runs at once.</summary>
internal sealed class TicketsOutboxKick(IBackgroundJobClient? jobs = null)
{
    public void AfterCommit() => jobs?.Enqueue<TicketsOutboxJob>(job => job.RunAsync(CancellationToken.None));
}
