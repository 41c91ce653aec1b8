using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>Removes an answer and its files from the ticket; the history keeps that it existed. Sent e-mails stay sent.</summary>
internal sealed class DeleteAnswer(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(int ticketNumber, Guid answerId, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        var answer = ticket is null ? null : await db.Answers.SingleOrDefaultAsync(a => a.Id == answerId && a.TicketId == ticket.Id, cancellationToken);
        if (ticket is null || answer is null)
        {
            return Result.Failure(ticket is null ? TicketErrors.TicketNotFound(ticketNumber) : Error.NotFound("Resposta não encontrada neste ticket."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Attachments.Where(a => a.OwnerId == answer.Id).ExecuteDeleteAsync(cancellationToken);
        db.Answers.Remove(answer);
        db.History.Add(ticket.Record(time.GetUtcNow(), actor, HistoryArea.Communication, HistoryOperation.Deleted, "Answer was deleted",
            $"Resposta de {answer.Author} de {PtBr.DateTime(answer.At)} excluída.").About(answer.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
