using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Extras;

/// <summary>An extra valuation's attachment with the number of its ticket (for the download's permission check); ticket files are read by <see cref="Conversation.GetTicketFile"/>.</summary>
internal sealed class GetAttachment(TicketsDbContext db)
{
    public async Task<AttachmentDto?> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await (from a in db.Attachments.AsNoTracking()
               join t in db.Tickets.AsNoTracking() on a.TicketId equals t.Id
               where a.Id == id && a.Owner == null
               select new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Content, t.Number))
            .SingleOrDefaultAsync(cancellationToken);
}
