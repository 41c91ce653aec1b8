using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class DeleteAnswer
{
    public Task<Result> HandleAsync(int ticketNumber, Guid answerId, ActorDto actor, CancellationToken cancellationToken) => throw new NotImplementedException();
}
