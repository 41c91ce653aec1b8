using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Requestors;

internal sealed class GetRequestor
{
    public Task<RequestorDto?> HandleAsync(Guid id, CancellationToken cancellationToken) => throw new NotImplementedException();
}
