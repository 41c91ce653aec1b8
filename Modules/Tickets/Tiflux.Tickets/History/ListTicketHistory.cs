using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Conversation;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.History;

/// <summary>A page of a ticket's history, newest first, by area, operation and the record it is about.</summary>
internal sealed class ListTicketHistory(TicketsDbContext db)
{
    public async Task<Result<PagedList<TicketHistoryDto>>> HandleAsync(TicketHistoryRequest request, CancellationToken cancellationToken)
    {
        var ticketId = await ConversationReads.TicketIdAsync(db, request.TicketNumber, cancellationToken);
        if (!ticketId.IsSuccess)
        {
            return Result<PagedList<TicketHistoryDto>>.Failure(ticketId.Errors);
        }

        var query = db.History.AsNoTracking().Where(h => h.TicketId == ticketId.Value);
        if (request.Areas is { Count: > 0 } areas)
        {
            query = query.Where(h => areas.Contains(h.Area));
        }

        if (request.Operation is { } operation)
        {
            query = query.Where(h => h.Operation == operation);
        }

        if (request.SubjectId is { } subjectId)
        {
            query = query.Where(h => h.SubjectId == subjectId);
        }

        var size = PagedList.Size(request.PageSize);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(h => h.At).ThenByDescending(h => h.Id)
            .Skip(PagedList.Skip(request.Page, size)).Take(size).ToListAsync(cancellationToken);
        return Result<PagedList<TicketHistoryDto>>.Success(new PagedList<TicketHistoryDto>([.. rows.Select(h => h.ToDto())], request.Page, size, total));
    }
}
