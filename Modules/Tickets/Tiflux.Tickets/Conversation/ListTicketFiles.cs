using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class ListTicketFiles
{
    public Task<Result<PagedList<TicketFileDto>>> HandleAsync(int ticketNumber, bool publicOnly, int page, int pageSize, CancellationToken cancellationToken) => throw new NotImplementedException();
}
