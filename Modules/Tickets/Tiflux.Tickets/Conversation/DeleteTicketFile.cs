using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class DeleteTicketFile
{
    public Task<Result> HandleAsync(int ticketNumber, Guid fileId, TicketFileOwner owner, ActorDto actor, CancellationToken cancellationToken) => throw new NotImplementedException();
}
