using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class SetFollowers
{
    public Task<Result> HandleAsync(int ticketNumber, IReadOnlyList<string> emails, ActorDto actor, CancellationToken cancellationToken) => throw new NotImplementedException();
}
