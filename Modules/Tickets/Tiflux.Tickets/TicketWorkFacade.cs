using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Entries;
using Tiflux.Tickets.Extras;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketWorkFacade(IServiceProvider services) : ITicketWork
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<Result<EntryOptionsDto>> GetEntryOptionsAsync(int ticketNumber, DateOnly date, CancellationToken cancellationToken) =>
        Get<GetEntryOptions>().HandleAsync(ticketNumber, date, cancellationToken);

    public Task<Result<Guid>> SaveTimeEntryAsync(SaveTimeEntryRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<SaveTimeEntry>().HandleAsync(request, actor, cancellationToken);

    public Task<PagedList<TimeEntryListItemDto>> ListTimeEntriesAsync(TimeEntryListRequest request, CancellationToken cancellationToken) =>
        Get<ListTimeEntries>().HandleAsync(request, cancellationToken);

    public Task<Result> DeleteTimeEntryAsync(int ticketNumber, Guid entryId, ActorDto actor, CancellationToken cancellationToken) =>
        Get<DeleteTimeEntry>().HandleAsync(ticketNumber, entryId, actor, cancellationToken);

    public Task<Result<Guid>> StartTimerAsync(int ticketNumber, ActorDto actor, CancellationToken cancellationToken) =>
        Get<StartTimer>().HandleAsync(ticketNumber, actor, cancellationToken);

    public Task<Result> DiscardTimerAsync(int ticketNumber, Guid timerId, ActorDto actor, CancellationToken cancellationToken) =>
        Get<DiscardTimer>().HandleAsync(ticketNumber, timerId, actor, cancellationToken);

    public Task<Result<Guid>> SaveExtraAsync(SaveExtraRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<SaveExtra>().HandleAsync(request, actor, cancellationToken);

    public Task<Result> DeleteExtraAsync(int ticketNumber, Guid extraId, ActorDto actor, CancellationToken cancellationToken) =>
        Get<DeleteExtra>().HandleAsync(ticketNumber, extraId, actor, cancellationToken);
}
