using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>A ticket's life: opening, changing, closing, reopening, cancelling and reviewing it.</summary>
public interface ITicketLifecycle
{
    /// <summary>Opens a ticket and returns its number.</summary>
    Task<Result<int>> CreateTicketAsync(CreateTicketRequest request, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Changes a ticket's data; every change goes to the history.</summary>
    Task<Result> UpdateTicketAsync(UpdateTicketRequest request, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Closes an open ticket: awaiting review on desks with review, reviewed otherwise. Refused while a timer runs.</summary>
    Task<Result> CloseTicketAsync(int number, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Reopens a closed ticket (refused when it has billed items or the desk forbids reopening reviewed tickets).</summary>
    Task<Result> ReopenTicketAsync(int number, string? reason, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Cancels a ticket (refused while a timer runs or when it has billed items).</summary>
    Task<Result> CancelTicketAsync(int number, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Approves (reviewed) or rejects (reopened, reason mandatory) a ticket awaiting review.</summary>
    Task<Result> ReviewTicketAsync(ReviewTicketRequest request, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>
    /// Authorises (the ticket enters its desk's queue) or refuses (cancelled, reason mandatory, requester e-mailed) a
    /// ticket waiting for the client's authorization. The caller has checked that the actor is an authoriser of the
    /// ticket's client.
    /// </summary>
    Task<Result> DecideAuthorizationAsync(TicketAuthorizationDecision decision, ActorDto actor, CancellationToken cancellationToken);
}
