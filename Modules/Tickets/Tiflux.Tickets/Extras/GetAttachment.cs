using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Extras;

/// <summary>An attachment with the number of its ticket (for the download's permission check).</summary>
internal sealed class GetAttachment(TicketsDbContext db)
{
    public async Task<AttachmentDto?> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await (from a in db.Attachments.AsNoTracking()
               join t in db.Tickets.AsNoTracking() on a.TicketId equals t.Id
               where a.Id == id
               select new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Content, t.Number))
            .SingleOrDefaultAsync(cancellationToken);
}
