using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketLifecycleFacade(IServiceProvider services) : ITicketLifecycle
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<Result<int>> CreateTicketAsync(CreateTicketRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<CreateTicket>().HandleAsync(request, actor, cancellationToken);

    public Task<Result> UpdateTicketAsync(UpdateTicketRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<UpdateTicket>().HandleAsync(request, actor, cancellationToken);

    public Task<Result> CloseTicketAsync(int number, ActorDto actor, CancellationToken cancellationToken) =>
        Get<CloseTicket>().HandleAsync(number, actor, cancellationToken);

    public Task<Result> ReopenTicketAsync(int number, string? reason, ActorDto actor, CancellationToken cancellationToken) =>
        Get<ReopenTicket>().HandleAsync(number, reason, actor, cancellationToken);

    public Task<Result> CancelTicketAsync(int number, ActorDto actor, CancellationToken cancellationToken) =>
        Get<CancelTicket>().HandleAsync(number, actor, cancellationToken);

    public Task<Result> ReviewTicketAsync(ReviewTicketRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<ReviewTicket>().HandleAsync(request, actor, cancellationToken);

    public Task<Result> DecideAuthorizationAsync(TicketAuthorizationDecision decision, ActorDto actor, CancellationToken cancellationToken) =>
        Get<DecideTicketAuthorization>().HandleAsync(decision, actor, cancellationToken);
}
