using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class GetAnswer(TicketsDbContext db)
{
    public async Task<Result<TicketAnswerDto>> HandleAsync(int ticketNumber, Guid answerId, CancellationToken cancellationToken)
    {
        var ticketId = await ConversationReads.TicketIdAsync(db, ticketNumber, cancellationToken);
        if (!ticketId.IsSuccess)
        {
            return Result<TicketAnswerDto>.Failure(ticketId.Errors);
        }

        var answer = await db.Answers.AsNoTracking().SingleOrDefaultAsync(a => a.Id == answerId && a.TicketId == ticketId.Value, cancellationToken);
        if (answer is null)
        {
            return Error.NotFound("Resposta não encontrada neste ticket.");
        }

        var files = await ConversationReads.FilesByOwnerAsync(db, [answer.Id], cancellationToken);
        return Result<TicketAnswerDto>.Success(answer.ToDto([.. files[answer.Id]]));
    }
}
