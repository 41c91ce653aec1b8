using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class GetInternalNote(TicketsDbContext db)
{
    public async Task<Result<InternalNoteDto>> HandleAsync(int ticketNumber, Guid noteId, CancellationToken cancellationToken)
    {
        var ticketId = await ConversationReads.TicketIdAsync(db, ticketNumber, cancellationToken);
        if (!ticketId.IsSuccess)
        {
            return Result<InternalNoteDto>.Failure(ticketId.Errors);
        }

        var note = await db.InternalNotes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noteId && n.TicketId == ticketId.Value, cancellationToken);
        if (note is null)
        {
            return InternalNoteErrors.NotFound;
        }

        var files = await ConversationReads.FilesByOwnerAsync(db, [note.Id], cancellationToken);
        return Result<InternalNoteDto>.Success(note.ToDto([.. files[note.Id]]));
    }
}
