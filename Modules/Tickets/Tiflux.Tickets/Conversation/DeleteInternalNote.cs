using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class DeleteInternalNote
{
    public Task<Result> HandleAsync(int ticketNumber, Guid noteId, ActorDto actor, CancellationToken cancellationToken) => throw new NotImplementedException();
}
