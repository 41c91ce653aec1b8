using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>
/// Deletes a file of a ticket, of one of its answers or of one of its notes (only the note's author may remove a note's
/// file). Extra-valuation attachments are not ticket files and are managed with their extra.
/// </summary>
internal sealed class DeleteTicketFile(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(int ticketNumber, Guid fileId, TicketFileOwner owner, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return Result.Failure(TicketErrors.TicketNotFound(ticketNumber));
        }

        var file = await db.Attachments.Where(a => a.Id == fileId && a.TicketId == ticket.Id && a.Owner == owner)
            .Select(a => new { a.Id, a.FileName, a.OwnerId }).SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return Result.Failure(Error.NotFound("Arquivo não encontrado neste ticket."));
        }

        if (owner == TicketFileOwner.InternalNote
            && !await db.InternalNotes.AnyAsync(n => n.Id == file.OwnerId && n.UserId == actor.UserId, cancellationToken))
        {
            return Result.Failure(InternalNoteErrors.NotAuthor);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Attachments.Where(a => a.Id == file.Id).ExecuteDeleteAsync(cancellationToken);
        db.History.Add(ticket.Record(time.GetUtcNow(), actor, HistoryArea.Communication, HistoryOperation.Deleted, "File was removed",
            $"Arquivo removido: {file.FileName}.").About(file.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
