using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Requestors;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketRequestorsFacade(IServiceProvider services) : ITicketRequestors
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<PagedList<RequestorDto>> ListRequestorsAsync(RequestorListRequest request, CancellationToken cancellationToken) =>
        Get<ListRequestors>().HandleAsync(request, cancellationToken);

    public Task<RequestorDto?> GetRequestorAsync(Guid id, CancellationToken cancellationToken) =>
        Get<GetRequestor>().HandleAsync(id, cancellationToken);

    public Task<Result<Guid>> SaveRequestorAsync(SaveRequestorRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<SaveRequestor>().HandleAsync(request, actor, cancellationToken);

    public Task<Result> RemoveRequestorAsync(Guid clientId, Guid id, ActorDto actor, CancellationToken cancellationToken) =>
        Get<RemoveRequestor>().HandleAsync(clientId, id, actor, cancellationToken);
}
