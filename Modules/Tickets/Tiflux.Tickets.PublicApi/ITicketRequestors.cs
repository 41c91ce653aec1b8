using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>Requestors (solicitantes): the people of the clients who open and follow tickets.</summary>
public interface ITicketRequestors
{
    /// <summary>A filtered page of requestors, by name.</summary>
    Task<PagedList<RequestorDto>> ListRequestorsAsync(RequestorListRequest request, CancellationToken cancellationToken);

    /// <summary>One requestor, or null.</summary>
    Task<RequestorDto?> GetRequestorAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Creates or changes a requestor (see <see cref="SaveRequestorRequest"/>); returns its id.</summary>
    Task<Result<Guid>> SaveRequestorAsync(SaveRequestorRequest request, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Unlinks a requestor from a client; a requestor left without clients is deactivated.</summary>
    Task<Result> RemoveRequestorAsync(Guid clientId, Guid id, ActorDto actor, CancellationToken cancellationToken);
}
