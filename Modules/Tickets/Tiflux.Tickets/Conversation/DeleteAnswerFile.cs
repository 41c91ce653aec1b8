using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>Deletes a file of an answer found by the answer alone (Tiflux's <c>/ticket_answers/{id}/files/{id}</c>).</summary>
internal sealed class DeleteAnswerFile(TicketsDbContext db, DeleteTicketFile deleteFile)
{
    public async Task<Result> HandleAsync(Guid answerId, Guid fileId, ActorDto actor, CancellationToken cancellationToken)
    {
        var number = await (from a in db.Answers.AsNoTracking()
                            join t in db.Tickets.AsNoTracking() on a.TicketId equals t.Id
                            join f in db.Attachments.AsNoTracking() on a.Id equals f.OwnerId
                            where a.Id == answerId && f.Id == fileId
                            select (int?)t.Number).SingleOrDefaultAsync(cancellationToken);
        return number is { } ticketNumber
            ? await deleteFile.HandleAsync(ticketNumber, fileId, TicketFileOwner.Answer, actor, cancellationToken)
            : Result.Failure(Error.NotFound("Arquivo não encontrado nesta resposta."));
    }
}
