using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Requestors;

internal sealed class RemoveRequestor
{
    public Task<Result> HandleAsync(Guid clientId, Guid id, ActorDto actor, CancellationToken cancellationToken) => throw new NotImplementedException();
}
