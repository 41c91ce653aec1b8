using Hangfire;
using Microsoft.EntityFrameworkCore;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Notifications.Email;

/// <summary>
/// Re-enqueues Pending messages older than a few minutes whose job may have been lost (e.g. the process stopped between
/// the row's commit and the enqueue). Safe to overlap with retries: <see cref="SendEmailJob"/> never re-sends a Sent message.
/// </summary>
internal sealed class PendingEmailSweepJob(NotificationsDbContext db, IBackgroundJobClient jobs, TimeProvider time)
{
    public const string RecurringId = "notifications.pending-email-sweep";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddMinutes(-30);
        var ids = await db.Messages
            .Where(m => m.Status == MessageStatus.Pending && m.Attempts == 0 && m.CreatedAt < cutoff)
            .OrderBy(m => m.CreatedAt)
            .Select(m => m.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            jobs.Enqueue<SendEmailJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        return ids.Count;
    }
}
