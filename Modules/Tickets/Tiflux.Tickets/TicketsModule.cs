using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Demo;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.Billing;
using Tiflux.Tickets.Choices;
using Tiflux.Tickets.Conversation;
using Tiflux.Tickets.Demo;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Entries;
using Tiflux.Tickets.Extras;
using Tiflux.Tickets.History;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Outbox;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Queries;
using Tiflux.Tickets.ReplyTemplates;
using Tiflux.Tickets.Requestors;
using Tiflux.Tickets.Reviews;
using Tiflux.Tickets.Settings;

namespace Tiflux.Tickets;

public static class TicketsModule
{
    public const string Schema = "tickets";

    public static IServiceCollection AddTicketsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<TicketsDbContext>(Schema, order: 20);
        services.AddScoped<ITicketsModule, TicketsFacade>();
        services.AddScoped<ITicketQueries, TicketQueriesFacade>();
        services.AddScoped<ITicketLifecycle, TicketLifecycleFacade>();
        services.AddScoped<ITicketWork, TicketWorkFacade>();
        services.AddScoped<ITicketBilling, TicketBillingFacade>();
        services.AddScoped<ITicketChoices, TicketChoicesFacade>();
        services.AddScoped<ITicketSetup, TicketSetupFacade>();
        services.AddScoped<ITicketConversation, TicketConversationFacade>();
        services.AddScoped<ITicketRequestors, TicketRequestorsFacade>();
        services.AddScoped<ListAnswers>();
        services.AddScoped<GetAnswer>();
        services.AddScoped<PostAnswer>();
        services.AddScoped<DeleteAnswer>();
        services.AddScoped<ListInternalNotes>();
        services.AddScoped<GetInternalNote>();
        services.AddScoped<SaveInternalNote>();
        services.AddScoped<DeleteInternalNote>();
        services.AddScoped<ListTicketFiles>();
        services.AddScoped<AddTicketFiles>();
        services.AddScoped<DeleteTicketFile>();
        services.AddScoped<DeleteAnswerFile>();
        services.AddScoped<GetTicketFile>();
        services.AddScoped<SetFollowers>();
        services.AddScoped<ListTicketHistory>();
        services.AddScoped<ListRequestors>();
        services.AddScoped<GetRequestor>();
        services.AddScoped<SaveRequestor>();
        services.AddScoped<RemoveRequestor>();
        services.AddScoped<TicketsOutboxKick>();
        services.AddScoped<TicketsOutboxJob>();
        services.AddScoped<SaveDesk>();
        services.AddScoped<GetChangeStamps>();
        services.AddScoped<ListDesks>();
        services.AddScoped<CreateTicket>();
        services.AddScoped<UpdateTicket>();
        services.AddScoped<TicketTransition>();
        services.AddScoped<CloseTicket>();
        services.AddScoped<ReopenTicket>();
        services.AddScoped<CancelTicket>();
        services.AddScoped<ReviewTicket>();
        services.AddScoped<DecideTicketAuthorization>();
        services.AddScoped<TicketFilter>();
        services.AddScoped<TicketSummaries>();
        services.AddScoped<ListTickets>();
        services.AddScoped<GetRatingSummary>();
        services.AddScoped<GetTicketSummaries>();
        services.AddScoped<GetTicket>();
        services.AddScoped<HasOpenOrUnreviewedTickets>();
        services.AddScoped<GetReviewQueue>();
        services.AddScoped<ListClientChoices>();
        services.AddScoped<ListResourceChoices>();
        services.AddScoped<ListExtraExpenseChoices>();
        services.AddScoped<GetEntryOptions>();
        services.AddScoped<SaveTimeEntry>();
        services.AddScoped<DeleteTimeEntry>();
        services.AddScoped<ListTimeEntries>();
        services.AddScoped<StartTimer>();
        services.AddScoped<DiscardTimer>();
        services.AddScoped<SaveExtra>();
        services.AddScoped<DeleteExtra>();
        services.AddScoped<GetAttachment>();
        services.AddScoped<GetBillableItems>();
        services.AddScoped<GetContractConsumption>();
        services.AddScoped<GetAwaitingReviewItems>();
        services.AddScoped<MarkBilled>();
        services.AddScoped<UnmarkBilled>();
        services.AddScoped<ListBillingsWithBilledItems>();
        services.AddScoped<GetTicketSettings>();
        services.AddScoped<SaveTicketSettings>();
        services.AddScoped<ReviewDeadlineJob>();
        services.AddScoped<OpenTicketsBlockClientDeactivation>();
        services.AddScoped<IClientDeactivationCheck>(sp => sp.GetRequiredService<OpenTicketsBlockClientDeactivation>());
        services.AddScoped<IDemoDataSeeder, TicketsDemoSeeder>();
        services.AddScoped<ITicketReplyTemplates, TicketReplyTemplatesFacade>();
        services.AddScoped<ListReplyTemplates>();
        services.AddScoped<GetReplyTemplate>();
        services.AddScoped<SaveReplyTemplate>();
        services.AddScoped<DeleteReplyTemplate>();
        services.AddScoped<ListReplyTemplatesForTicket>();
        services.AddScoped<RenderReplyTemplate>();
        return services;
    }

    /// <summary>Recurring jobs of the module; idempotent, call at start-up.</summary>
    public static void RegisterJobs(IRecurringJobManager jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        jobs.AddOrUpdate<ReviewDeadlineJob>(ReviewDeadlineJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/10 * * * *");
        jobs.AddOrUpdate<TicketsOutboxJob>(TicketsOutboxJob.RecurringId, job => job.RunAsync(CancellationToken.None), "* * * * *");
    }
}
