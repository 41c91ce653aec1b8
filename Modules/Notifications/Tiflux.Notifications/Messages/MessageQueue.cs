using Hangfire;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Persistence;

namespace Tiflux.Notifications.Messages;

/// <summary>
/// Stores an outgoing message and kicks its delivery. A message with a <see cref="OutgoingMessage.DedupeKey"/> is stored
/// at most once (unique index): the reactions to integration events, which arrive at least once, rely on it.
/// </summary>
internal sealed class MessageQueue(NotificationsDbContext db, IBackgroundJobClient jobs)
{
    /// <summary>The message already stored under <paramref name="dedupeKey"/>, if any.</summary>
    public async Task<Guid?> FindAsync(string dedupeKey, CancellationToken cancellationToken) =>
        await db.Messages.AsNoTracking().Where(m => m.DedupeKey == dedupeKey).Select(m => (Guid?)m.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Stores <paramref name="message"/> and enqueues it; when its dedupe key is taken, returns the message that holds it.</summary>
    public async Task<Guid> QueueAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        db.Messages.Add(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (message.DedupeKey is { } key
            && ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent delivery of the same event stored it first; that one is (being) sent.
            db.Entry(message).State = EntityState.Detached;
            return await FindAsync(key, cancellationToken) ?? throw new InvalidOperationException($"Message {key} vanished after a unique violation.", ex);
        }

        Enqueue(message.Id);
        return message.Id;
    }

    /// <summary>Best-effort immediate kick after the row is committed; the row is the durable record.</summary>
    public void Enqueue(Guid messageId) => jobs.Enqueue<SendEmailJob>(job => job.RunAsync(messageId, CancellationToken.None));
}
