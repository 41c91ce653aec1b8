using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class GetAnswer
{
    public Task<Result<TicketAnswerDto>> HandleAsync(int ticketNumber, Guid answerId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
