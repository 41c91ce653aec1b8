using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Requestors;

internal sealed class SaveRequestor
{
    public Task<Result<Guid>> HandleAsync(SaveRequestorRequest request, ActorDto actor, CancellationToken cancellationToken) => throw new NotImplementedException();
}
