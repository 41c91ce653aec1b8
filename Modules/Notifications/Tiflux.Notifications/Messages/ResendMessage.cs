using Microsoft.EntityFrameworkCore;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Messages;

/// <summary>A message not sent yet is retried as it is; a sent one is copied into a new message.</summary>
internal sealed class ResendMessage(NotificationsDbContext db, MessageQueue queue, TimeProvider time)
{
    // relatedId: when given, only a message about that subject is found (the billing page's resend).
    public async Task<Result<Guid>> HandleAsync(Guid messageId, string requestedBy, Guid? relatedId, CancellationToken cancellationToken)
    {
        var message = await db.Messages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null || (relatedId is { } subject && message.RelatedId != subject))
        {
            return Error.NotFound("Mensagem não encontrada.");
        }

        if (message.Status != MessageStatus.Sent)
        {
            message.Status = MessageStatus.Pending;
            message.Attempts = 0;
            await db.SaveChangesAsync(cancellationToken);
            queue.Enqueue(message.Id);
            return Result<Guid>.Success(message.Id);
        }

        var copy = new OutgoingMessage
        {
            Id = Guid.CreateVersion7(),
            Kind = message.Kind,
            RelatedId = message.RelatedId,
            Recipients = message.Recipients,
            Subject = message.Subject,
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody,
            AttachmentName = message.AttachmentName,
            AttachmentContentType = message.AttachmentContentType,
            AttachmentContent = message.AttachmentContent,
            CreatedAt = time.GetUtcNow(),
            RequestedBy = requestedBy,
        };
        // The copy carries no dedupe key: resending is a deliberate second message.
        return Result<Guid>.Success(await queue.QueueAsync(copy, cancellationToken));
    }
}
