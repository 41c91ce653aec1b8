using Microsoft.EntityFrameworkCore;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Notifications.Messages;

/// <summary>The messages about one subject (a billing's e-mails), newest first; bounded, a subject has few.</summary>
internal sealed class ListMessagesFor(NotificationsDbContext db)
{
    public const int Max = 200;

    public async Task<IReadOnlyList<OutgoingMessageDto>> HandleAsync(Guid relatedId, CancellationToken cancellationToken) =>
        await db.Messages.AsNoTracking()
            .Where(m => m.RelatedId == relatedId)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Take(Max)
            .Select(m => new OutgoingMessageDto(m.Id, m.Kind, m.Recipients, m.Subject, m.Status, m.Attempts, m.LastError, m.CreatedAt, m.SentAt, m.AttachmentName, m.RequestedBy))
            .ToListAsync(cancellationToken);
}
