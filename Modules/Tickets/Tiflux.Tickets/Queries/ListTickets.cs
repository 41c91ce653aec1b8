using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Queries;

internal sealed class ListTickets(TicketsDbContext db, TicketFilter filter, TicketSummaries summaries)
{
    public Task<PagedList<TicketSummary>> HandleAsync(TicketListRequest request, CancellationToken cancellationToken) =>
        summaries.LoadPageAsync(
            filter.Apply(db.Tickets.AsNoTracking(), request), Math.Max(1, request.Page), Math.Clamp(request.PageSize, 1, 200), cancellationToken,
            request.OrderBySlaDeadline);
}
