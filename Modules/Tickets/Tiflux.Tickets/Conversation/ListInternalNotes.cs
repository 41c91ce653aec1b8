using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class ListInternalNotes(TicketsDbContext db)
{
    public async Task<Result<PagedList<InternalNoteDto>>> HandleAsync(int ticketNumber, int page, int pageSize, CancellationToken cancellationToken)
    {
        var ticketId = await ConversationReads.TicketIdAsync(db, ticketNumber, cancellationToken);
        if (!ticketId.IsSuccess)
        {
            return Result<PagedList<InternalNoteDto>>.Failure(ticketId.Errors);
        }

        var query = db.InternalNotes.AsNoTracking().Where(n => n.TicketId == ticketId.Value);
        var size = PagedList.Size(pageSize);
        var total = await query.CountAsync(cancellationToken);
        var notes = await query.OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).Skip(PagedList.Skip(page, size)).Take(size).ToListAsync(cancellationToken);
        var files = await ConversationReads.FilesByOwnerAsync(db, [.. notes.Select(n => n.Id)], cancellationToken);
        return Result<PagedList<InternalNoteDto>>.Success(new PagedList<InternalNoteDto>(
            [.. notes.Select(n => n.ToDto([.. files[n.Id]]))], page, size, total));
    }
}
