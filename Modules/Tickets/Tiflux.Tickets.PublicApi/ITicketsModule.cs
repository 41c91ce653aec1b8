using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>The only way other modules and the host reach the Tickets module.</summary>
public interface ITicketsModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    // ---- Billing -------------------------------------------------------------------------------------------

    /// <summary>
    /// Reviewed, not yet billed items: standalone time entries (warranty ones with zero value, flagged), travel fees
    /// that are not ride-alongs, and extras. Ordered by client, ticket number, date.
    /// </summary>
    Task<IReadOnlyList<BillableItemDto>> GetBillableItemsAsync(BillableItemsRequest request, CancellationToken cancellationToken);

    /// <summary>Contract-valued time entries of riders or contracts in a period, with minutes per attendance mode.</summary>
    Task<ContractConsumptionDto> GetContractConsumptionAsync(ContractConsumptionRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the items billed in a billing, all or nothing. Fails (conflict) if any item is already billed, is not on a
    /// reviewed ticket or does not exist. Billed items are locked against edits and their tickets cannot reopen.
    /// </summary>
    Task<Result> MarkBilledAsync(MarkBilledRequest request, CancellationToken cancellationToken);

    /// <summary>Releases every item billed in <paramref name="billingId"/> (billing reversal); returns how many.</summary>
    Task<int> UnmarkBilledAsync(Guid billingId, CancellationToken cancellationToken);

    /// <summary>Every billing id that some item is marked billed in (for Billing's reconciliation of marks).</summary>
    Task<IReadOnlyList<Guid>> GetBillingIdsWithBilledItemsAsync(CancellationToken cancellationToken);

    /// <summary>Whether the client has tickets that are open or awaiting review (blocks client inactivation).</summary>
    Task<bool> HasOpenOrUnreviewedTicketsAsync(Guid clientId, CancellationToken cancellationToken);

    /// <summary>One ticket with entries, extras and history, or null.</summary>
    Task<TicketDto?> GetTicketAsync(int number, CancellationToken cancellationToken);

    /// <summary>Summaries of the given ticket numbers (unknown numbers are skipped).</summary>
    Task<IReadOnlyList<TicketSummary>> GetTicketSummariesAsync(IReadOnlyCollection<int> numbers, CancellationToken cancellationToken);

    // ---- Tickets -------------------------------------------------------------------------------------------

    /// <summary>A filtered page of tickets, newest first.</summary>
    Task<PagedList<TicketSummary>> ListTicketsAsync(TicketListRequest request, CancellationToken cancellationToken);

    /// <summary>Tickets awaiting review, oldest deadline first.</summary>
    Task<IReadOnlyList<TicketSummary>> GetReviewQueueAsync(CancellationToken cancellationToken);

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

    // ---- Time entries, timers, extras ----------------------------------------------------------------------

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

    /// <summary>An extra valuation's attachment, or null.</summary>
    Task<AttachmentDto?> GetAttachmentAsync(Guid attachmentId, CancellationToken cancellationToken);

    /// <summary>Active clients, by name (from Contracts), for ticket forms and filters.</summary>
    Task<IReadOnlyList<ChoiceDto>> GetClientChoicesAsync(CancellationToken cancellationToken);

    /// <summary>A client's resources (equipment), with the group in the name.</summary>
    Task<IReadOnlyList<ChoiceDto>> GetResourceChoicesAsync(Guid clientId, CancellationToken cancellationToken);

    /// <summary>Active extra expenses of the catalog (from Contracts), with their unit value.</summary>
    Task<IReadOnlyList<EntryChoiceDto>> GetExtraExpenseChoicesAsync(CancellationToken cancellationToken);

    // ---- Settings -------------------------------------------------------------------------------------------

    /// <summary>Every desk, by name.</summary>
    Task<IReadOnlyList<DeskDto>> GetDesksAsync(CancellationToken cancellationToken);

    /// <summary>Creates or updates a desk; returns its id.</summary>
    Task<Result<Guid>> SaveDeskAsync(SaveDeskRequest request, CancellationToken cancellationToken);

    /// <summary>Organisation-wide ticket settings.</summary>
    Task<TicketSettingsDto> GetSettingsAsync(CancellationToken cancellationToken);

    /// <summary>Saves the organisation-wide ticket settings.</summary>
    Task SaveSettingsAsync(TicketSettingsDto settings, CancellationToken cancellationToken);
}
