using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>Deletes one of the actor's own internal notes and its files; the history keeps its text.</summary>
internal sealed class DeleteInternalNote(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(int ticketNumber, Guid noteId, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return Result.Failure(TicketErrors.TicketNotFound(ticketNumber));
        }

        var note = await db.InternalNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.TicketId == ticket.Id, cancellationToken);
        if (note is null || note.UserId != actor.UserId)
        {
            return Result.Failure(note is null ? InternalNoteErrors.NotFound : InternalNoteErrors.NotAuthor);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Attachments.Where(a => a.OwnerId == note.Id).ExecuteDeleteAsync(cancellationToken);
        db.InternalNotes.Remove(note);
        var row = ticket.Record(time.GetUtcNow(), actor, HistoryArea.Communication, HistoryOperation.Deleted, "Internal communication was deleted",
            "Mensagem interna excluída.").About(note.Id);
        row.Changes.Add(new FieldChangeDto("text", "Texto", MessageHtml.ToText(note.Html), null));
        db.History.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
