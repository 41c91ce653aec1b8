using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>The files of a ticket, its answers and (unless only public ones are asked for) its internal notes; oldest first.</summary>
internal sealed class ListTicketFiles(TicketsDbContext db)
{
    public async Task<Result<PagedList<TicketFileDto>>> HandleAsync(int ticketNumber, bool publicOnly, int page, int pageSize, CancellationToken cancellationToken)
    {
        var ticketId = await ConversationReads.TicketIdAsync(db, ticketNumber, cancellationToken);
        if (!ticketId.IsSuccess)
        {
            return Result<PagedList<TicketFileDto>>.Failure(ticketId.Errors);
        }

        var query = db.Attachments.AsNoTracking().Where(a => a.TicketId == ticketId.Value && a.Owner != null);
        if (publicOnly)
        {
            query = query.Where(a => a.Owner == TicketFileOwner.Ticket || a.Owner == TicketFileOwner.Answer);
        }

        var size = PagedList.Size(pageSize);
        var total = await query.CountAsync(cancellationToken);
        var files = await ConversationReads.Metadata(query).Skip(PagedList.Skip(page, size)).Take(size).ToListAsync(cancellationToken);
        return Result<PagedList<TicketFileDto>>.Success(new PagedList<TicketFileDto>(files, page, size, total));
    }
}
