using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>The work recorded on tickets: time entries (and their valuation options), timers and extra valuations.</summary>
public interface ITicketWork
{
    /// <summary>Riders, services and travels valid for the ticket's client on <paramref name="date"/>.</summary>
    Task<Result<EntryOptionsDto>> GetEntryOptionsAsync(int ticketNumber, DateOnly date, CancellationToken cancellationToken);

    /// <summary>Adds or edits a time entry after checking every valuation rule; returns the entry id.</summary>
    Task<Result<Guid>> SaveTimeEntryAsync(SaveTimeEntryRequest request, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>A page of time entries across tickets by the request's filters.</summary>
    Task<PagedList<TimeEntryListItemDto>> ListTimeEntriesAsync(TimeEntryListRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes a time entry (refused when billed or the ticket is not open).</summary>
    Task<Result> DeleteTimeEntryAsync(int ticketNumber, Guid entryId, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Starts a timer for the actor on an open ticket.</summary>
    Task<Result<Guid>> StartTimerAsync(int ticketNumber, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Discards a running timer without creating an entry.</summary>
    Task<Result> DiscardTimerAsync(int ticketNumber, Guid timerId, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Adds or edits an extra valuation; returns its id.</summary>
    Task<Result<Guid>> SaveExtraAsync(SaveExtraRequest request, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Deletes an extra valuation (refused when billed).</summary>
    Task<Result> DeleteExtraAsync(int ticketNumber, Guid extraId, ActorDto actor, CancellationToken cancellationToken);
}
