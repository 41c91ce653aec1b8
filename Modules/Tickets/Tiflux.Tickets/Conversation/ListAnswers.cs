using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class ListAnswers(TicketsDbContext db)
{
    public async Task<Result<PagedList<TicketAnswerDto>>> HandleAsync(int ticketNumber, int page, int pageSize, CancellationToken cancellationToken)
    {
        var ticketId = await ConversationReads.TicketIdAsync(db, ticketNumber, cancellationToken);
        if (!ticketId.IsSuccess)
        {
            return Result<PagedList<TicketAnswerDto>>.Failure(ticketId.Errors);
        }

        var query = db.Answers.AsNoTracking().Where(a => a.TicketId == ticketId.Value);
        var size = PagedList.Size(pageSize);
        var total = await query.CountAsync(cancellationToken);
        var answers = await query.OrderBy(a => a.At).ThenBy(a => a.Id).Skip(PagedList.Skip(page, size)).Take(size).ToListAsync(cancellationToken);
        var files = await ConversationReads.FilesByOwnerAsync(db, [.. answers.Select(a => a.Id)], cancellationToken);
        return Result<PagedList<TicketAnswerDto>>.Success(new PagedList<TicketAnswerDto>(
            [.. answers.Select(a => a.ToDto([.. files[a.Id]]))], page, size, total));
    }
}
