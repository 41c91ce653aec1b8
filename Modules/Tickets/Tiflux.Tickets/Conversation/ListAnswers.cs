using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class ListAnswers
{
    public Task<Result<PagedList<TicketAnswerDto>>> HandleAsync(int ticketNumber, int page, int pageSize, CancellationToken cancellationToken) => throw new NotImplementedException();
}
