using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.History;

internal sealed class ListTicketHistory
{
    public Task<Result<PagedList<TicketHistoryDto>>> HandleAsync(TicketHistoryRequest request, CancellationToken cancellationToken) => throw new NotImplementedException();
}
