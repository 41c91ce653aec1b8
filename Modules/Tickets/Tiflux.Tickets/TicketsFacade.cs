using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Billing;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Entries;
using Tiflux.Tickets.Extras;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Settings;
using Tiflux.Tickets.Tickets;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the feature handler that does the work.</summary>
internal sealed class TicketsFacade(TicketsDbContext db, IServiceProvider services) : ITicketsModule
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public Task<IReadOnlyList<BillableItemDto>> GetBillableItemsAsync(BillableItemsRequest request, CancellationToken cancellationToken) =>
        Get<BillableItemsQuery>().HandleAsync(request, cancellationToken);

    public Task<ContractConsumptionDto> GetContractConsumptionAsync(ContractConsumptionRequest request, CancellationToken cancellationToken) =>
        Get<ContractConsumptionQuery>().HandleAsync(request, cancellationToken);

    public Task<Result> MarkBilledAsync(MarkBilledRequest request, CancellationToken cancellationToken) =>
        Get<BillingMarks>().MarkAsync(request, cancellationToken);

    public Task<int> UnmarkBilledAsync(Guid billingId, CancellationToken cancellationToken) =>
        Get<BillingMarks>().UnmarkAsync(billingId, cancellationToken);

    public Task<IReadOnlyList<Guid>> GetBillingIdsWithBilledItemsAsync(CancellationToken cancellationToken) =>
        Get<BillingMarks>().BillingIdsAsync(cancellationToken);

    public Task<bool> HasOpenOrUnreviewedTicketsAsync(Guid clientId, CancellationToken cancellationToken) =>
        Get<OpenTicketsBlockClientDeactivation>().HasOpenOrUnreviewedTicketsAsync(clientId, cancellationToken);

    public Task<TicketDto?> GetTicketAsync(int number, CancellationToken cancellationToken) =>
        Get<TicketDetails>().GetAsync(number, cancellationToken);

    public Task<IReadOnlyList<TicketSummary>> GetTicketSummariesAsync(IReadOnlyCollection<int> numbers, CancellationToken cancellationToken) =>
        Get<TicketQueries>().SummariesAsync(numbers, cancellationToken);

    public Task<PagedList<TicketSummary>> ListTicketsAsync(TicketListRequest request, CancellationToken cancellationToken) =>
        Get<TicketQueries>().ListAsync(request, cancellationToken);

    public Task<IReadOnlyList<TicketSummary>> GetReviewQueueAsync(CancellationToken cancellationToken) =>
        Get<TicketQueries>().ReviewQueueAsync(cancellationToken);

    public Task<Result<int>> CreateTicketAsync(CreateTicketRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<CreateTicket>().HandleAsync(request, actor, cancellationToken);

    public Task<Result> UpdateTicketAsync(UpdateTicketRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<UpdateTicket>().HandleAsync(request, actor, cancellationToken);

    public Task<Result> CloseTicketAsync(int number, ActorDto actor, CancellationToken cancellationToken) =>
        Get<TicketLifecycle>().CloseAsync(number, actor, cancellationToken);

    public Task<Result> ReopenTicketAsync(int number, string? reason, ActorDto actor, CancellationToken cancellationToken) =>
        Get<TicketLifecycle>().ReopenAsync(number, reason, actor, cancellationToken);

    public Task<Result> CancelTicketAsync(int number, ActorDto actor, CancellationToken cancellationToken) =>
        Get<TicketLifecycle>().CancelAsync(number, actor, cancellationToken);

    public Task<Result> ReviewTicketAsync(ReviewTicketRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<TicketLifecycle>().ReviewAsync(request, actor, cancellationToken);

    public Task<Result<EntryOptionsDto>> GetEntryOptionsAsync(int ticketNumber, DateOnly date, CancellationToken cancellationToken) =>
        Get<EntryOptions>().HandleAsync(ticketNumber, date, cancellationToken);

    public Task<Result<Guid>> SaveTimeEntryAsync(SaveTimeEntryRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<SaveTimeEntry>().HandleAsync(request, actor, cancellationToken);

    public Task<PagedList<TimeEntryListItemDto>> ListTimeEntriesAsync(TimeEntryListRequest request, CancellationToken cancellationToken) =>
        Get<TimeEntryQueries>().ListAsync(request, cancellationToken);

    public Task<Result> DeleteTimeEntryAsync(int ticketNumber, Guid entryId, ActorDto actor, CancellationToken cancellationToken) =>
        Get<EntryCommands>().DeleteAsync(ticketNumber, entryId, actor, cancellationToken);

    public Task<Result<Guid>> StartTimerAsync(int ticketNumber, ActorDto actor, CancellationToken cancellationToken) =>
        Get<EntryCommands>().StartTimerAsync(ticketNumber, actor, cancellationToken);

    public Task<Result> DiscardTimerAsync(int ticketNumber, Guid timerId, ActorDto actor, CancellationToken cancellationToken) =>
        Get<EntryCommands>().DiscardTimerAsync(ticketNumber, timerId, actor, cancellationToken);

    public Task<Result<Guid>> SaveExtraAsync(SaveExtraRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<ExtraCommands>().SaveAsync(request, actor, cancellationToken);

    public Task<Result> DeleteExtraAsync(int ticketNumber, Guid extraId, ActorDto actor, CancellationToken cancellationToken) =>
        Get<ExtraCommands>().DeleteAsync(ticketNumber, extraId, actor, cancellationToken);

    public Task<AttachmentDto?> GetAttachmentAsync(Guid attachmentId, CancellationToken cancellationToken) =>
        Get<Lookups>().AttachmentAsync(attachmentId, cancellationToken);

    public Task<IReadOnlyList<ChoiceDto>> GetClientChoicesAsync(CancellationToken cancellationToken) =>
        Get<Lookups>().ClientsAsync(cancellationToken);

    public Task<IReadOnlyList<ChoiceDto>> GetResourceChoicesAsync(Guid clientId, CancellationToken cancellationToken) =>
        Get<Lookups>().ResourcesAsync(clientId, cancellationToken);

    public Task<IReadOnlyList<EntryChoiceDto>> GetExtraExpenseChoicesAsync(CancellationToken cancellationToken) =>
        Get<Lookups>().ExtraExpensesAsync(cancellationToken);

    public Task<IReadOnlyList<DeskDto>> GetDesksAsync(CancellationToken cancellationToken) =>
        Get<Lookups>().DesksAsync(cancellationToken);

    public Task<Result<Guid>> SaveDeskAsync(SaveDeskRequest request, CancellationToken cancellationToken) =>
        Get<SaveDesk>().HandleAsync(request, cancellationToken);

    public Task<TicketSettingsDto> GetSettingsAsync(CancellationToken cancellationToken) =>
        Get<SettingsStore>().GetAsync(cancellationToken);

    public Task SaveSettingsAsync(TicketSettingsDto settings, CancellationToken cancellationToken) =>
        Get<SettingsStore>().SaveAsync(settings, cancellationToken);
}
