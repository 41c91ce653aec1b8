using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Requestors;

internal sealed class ListRequestors
{
    public Task<PagedList<RequestorDto>> HandleAsync(RequestorListRequest request, CancellationToken cancellationToken) => throw new NotImplementedException();
}
