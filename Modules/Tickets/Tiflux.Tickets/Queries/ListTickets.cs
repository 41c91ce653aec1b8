using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Queries;

internal sealed class ListTickets(TicketsDbContext db, TicketFilter filter, TicketSummaries summaries)
{
    public async Task<PagedList<TicketSummary>> HandleAsync(TicketListRequest request, CancellationToken cancellationToken)
    {
        var query = filter.Apply(db.Tickets.AsNoTracking(), request);
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, 200);
        var total = await query.CountAsync(cancellationToken);
        var items = await summaries.LoadAsync(query.OrderByDescending(t => t.Number).Skip(PagedList.Skip(page, size)).Take(size), cancellationToken);
        return new PagedList<TicketSummary>(items, page, size, total);
    }
}
