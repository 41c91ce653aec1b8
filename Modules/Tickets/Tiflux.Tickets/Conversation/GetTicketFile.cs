using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>A ticket file's bytes with what its download must check (ticket, client, public or not).</summary>
internal sealed class GetTicketFile(TicketsDbContext db)
{
    public async Task<TicketFileContentDto?> HandleAsync(Guid fileId, CancellationToken cancellationToken) =>
        await (from a in db.Attachments.AsNoTracking()
               join t in db.Tickets.AsNoTracking() on a.TicketId equals t.Id
               where a.Id == fileId && a.Owner != null
               select new TicketFileContentDto(
                   a.Id, a.FileName, a.ContentType, a.Content, t.Number, t.ClientId,
                   a.Owner == TicketFileOwner.Ticket || a.Owner == TicketFileOwner.Answer))
            .SingleOrDefaultAsync(cancellationToken);
}
