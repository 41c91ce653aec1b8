using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Billing;
using Tiflux.Tickets.Choices;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Entries;
using Tiflux.Tickets.Extras;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Queries;
using Tiflux.Tickets.Reviews;
using Tiflux.Tickets.Settings;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketsFacade(TicketsDbContext db, IServiceProvider services) : ITicketsModule
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public Task<IReadOnlyList<BillableItemDto>> GetBillableItemsAsync(BillableItemsRequest request, CancellationToken cancellationToken) =>
        Get<GetBillableItems>().HandleAsync(request, cancellationToken);

    public Task<ContractConsumptionDto> GetContractConsumptionAsync(ContractConsumptionRequest request, CancellationToken cancellationToken) =>
        Get<GetContractConsumption>().HandleAsync(request, cancellationToken);

    public Task<Result> MarkBilledAsync(MarkBilledRequest request, CancellationToken cancellationToken) =>
        Get<MarkBilled>().HandleAsync(request, cancellationToken);

    public Task<int> UnmarkBilledAsync(Guid billingId, CancellationToken cancellationToken) =>
        Get<UnmarkBilled>().HandleAsync(billingId, cancellationToken);

    public Task<IReadOnlyList<Guid>> GetBillingIdsWithBilledItemsAsync(CancellationToken cancellationToken) =>
        Get<ListBillingsWithBilledItems>().HandleAsync(cancellationToken);

    public Task<bool> HasOpenOrUnreviewedTicketsAsync(Guid clientId, CancellationToken cancellationToken) =>
        Get<HasOpenOrUnreviewedTickets>().HandleAsync(clientId, cancellationToken);

    public Task<TicketDto?> GetTicketAsync(int number, CancellationToken cancellationToken) =>
        Get<GetTicket>().HandleAsync(number, cancellationToken);

    public Task<IReadOnlyList<TicketSummary>> GetTicketSummariesAsync(IReadOnlyCollection<int> numbers, CancellationToken cancellationToken) =>
        Get<GetTicketSummaries>().HandleAsync(numbers, cancellationToken);

    public Task<PagedList<TicketSummary>> ListTicketsAsync(TicketListRequest request, CancellationToken cancellationToken) =>
        Get<ListTickets>().HandleAsync(request, cancellationToken);

    public Task<IReadOnlyList<TicketSummary>> GetReviewQueueAsync(CancellationToken cancellationToken) =>
        Get<GetReviewQueue>().HandleAsync(cancellationToken);

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

    public Task<AttachmentDto?> GetAttachmentAsync(Guid attachmentId, CancellationToken cancellationToken) =>
        Get<GetAttachment>().HandleAsync(attachmentId, cancellationToken);

    public Task<IReadOnlyList<ChoiceDto>> GetClientChoicesAsync(CancellationToken cancellationToken) =>
        Get<ListClientChoices>().HandleAsync(cancellationToken);

    public Task<IReadOnlyList<ChoiceDto>> GetResourceChoicesAsync(Guid clientId, CancellationToken cancellationToken) =>
        Get<ListResourceChoices>().HandleAsync(clientId, cancellationToken);

    public Task<IReadOnlyList<EntryChoiceDto>> GetExtraExpenseChoicesAsync(CancellationToken cancellationToken) =>
        Get<ListExtraExpenseChoices>().HandleAsync(cancellationToken);

    public Task<IReadOnlyList<DeskDto>> GetDesksAsync(CancellationToken cancellationToken) =>
        Get<ListDesks>().HandleAsync(cancellationToken);

    public Task<Result<Guid>> SaveDeskAsync(SaveDeskRequest request, CancellationToken cancellationToken) =>
        Get<SaveDesk>().HandleAsync(request, cancellationToken);

    public Task<TicketSettingsDto> GetSettingsAsync(CancellationToken cancellationToken) =>
        Get<GetTicketSettings>().HandleAsync(cancellationToken);

    public Task SaveSettingsAsync(TicketSettingsDto settings, CancellationToken cancellationToken) =>
        Get<SaveTicketSettings>().HandleAsync(settings, cancellationToken);
}
