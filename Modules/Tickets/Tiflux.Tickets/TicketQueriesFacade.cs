using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Extras;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Queries;
using Tiflux.Tickets.Reviews;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketQueriesFacade(IServiceProvider services) : ITicketQueries
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<TicketDto?> GetTicketAsync(int number, CancellationToken cancellationToken) =>
        Get<GetTicket>().HandleAsync(number, cancellationToken);

    public Task<IReadOnlyList<TicketSummary>> GetTicketSummariesAsync(IReadOnlyCollection<int> numbers, CancellationToken cancellationToken) =>
        Get<GetTicketSummaries>().HandleAsync(numbers, cancellationToken);

    public Task<PagedList<TicketSummary>> ListTicketsAsync(TicketListRequest request, CancellationToken cancellationToken) =>
        Get<ListTickets>().HandleAsync(request, cancellationToken);

    public Task<TicketRatingSummary> GetRatingSummaryAsync(TicketListRequest request, CancellationToken cancellationToken) =>
        Get<GetRatingSummary>().HandleAsync(request, cancellationToken);

    public Task<IReadOnlyList<TicketSummary>> GetReviewQueueAsync(CancellationToken cancellationToken) =>
        Get<GetReviewQueue>().HandleAsync(cancellationToken);

    public Task<bool> HasOpenOrUnreviewedTicketsAsync(Guid clientId, CancellationToken cancellationToken) =>
        Get<HasOpenOrUnreviewedTickets>().HandleAsync(clientId, cancellationToken);

    public Task<AttachmentDto?> GetAttachmentAsync(Guid attachmentId, CancellationToken cancellationToken) =>
        Get<GetAttachment>().HandleAsync(attachmentId, cancellationToken);
}
