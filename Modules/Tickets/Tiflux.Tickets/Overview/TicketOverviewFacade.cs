using Microsoft.Extensions.DependencyInjection;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Overview;

/// <summary>Thin: each call resolves the use case that does the work.</summary>
internal sealed class TicketOverviewFacade(IServiceProvider services) : ITicketOverview
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<IReadOnlyList<OpenTicketsCount>> CountOpenTicketsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Get<CountOpenTickets>().HandleAsync(now, cancellationToken);

    public Task<AwaitingReviewTickets> GetAwaitingReviewAsync(CancellationToken cancellationToken) =>
        Get<GetAwaitingReviewTickets>().HandleAsync(cancellationToken);
}
