using Microsoft.EntityFrameworkCore;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Messages;

/// <summary>The outgoing messages page, newest first.</summary>
internal sealed class ListMessages(NotificationsDbContext db)
{
    public async Task<PagedList<OutgoingMessageDto>> HandleAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var total = await db.Messages.CountAsync(cancellationToken);
        var rows = await db.Messages.AsNoTracking()
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(PagedList.Skip(page, pageSize)).Take(pageSize)
            .Select(m => new OutgoingMessageDto(m.Id, m.Kind, m.Recipients, m.Subject, m.Status, m.Attempts, m.LastError, m.CreatedAt, m.SentAt, m.AttachmentName, m.RequestedBy))
            .ToListAsync(cancellationToken);
        return new PagedList<OutgoingMessageDto>(rows, page, pageSize, total);
    }
}
