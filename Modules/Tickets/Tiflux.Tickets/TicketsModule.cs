using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Demo;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.Billing;
using Tiflux.Tickets.Demo;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Entries;
using Tiflux.Tickets.Extras;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Reviews;
using Tiflux.Tickets.Settings;
using Tiflux.Tickets.Tickets;

namespace Tiflux.Tickets;

public static class TicketsModule
{
    public const string Schema = "tickets";

    public static IServiceCollection AddTicketsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<TicketsDbContext>(Schema, order: 20);
        services.AddScoped<ITicketsModule, TicketsFacade>();
        services.AddScoped<SaveDesk>();
        services.AddScoped<CreateTicket>();
        services.AddScoped<UpdateTicket>();
        services.AddScoped<TicketLifecycle>();
        services.AddScoped<TicketQueries>();
        services.AddScoped<TimeEntryQueries>();
        services.AddScoped<TicketDetails>();
        services.AddScoped<Lookups>();
        services.AddScoped<SaveTimeEntry>();
        services.AddScoped<EntryCommands>();
        services.AddScoped<EntryOptions>();
        services.AddScoped<ExtraCommands>();
        services.AddScoped<BillableItemsQuery>();
        services.AddScoped<ContractConsumptionQuery>();
        services.AddScoped<BillingMarks>();
        services.AddScoped<SettingsStore>();
        services.AddScoped<ReviewDeadlineJob>();
        services.AddScoped<OpenTicketsBlockClientDeactivation>();
        services.AddScoped<IClientDeactivationCheck>(sp => sp.GetRequiredService<OpenTicketsBlockClientDeactivation>());
        services.AddScoped<IDemoDataSeeder, TicketsDemoSeeder>();
        return services;
    }

    /// <summary>Recurring jobs of the module; idempotent, call at start-up.</summary>
    public static void RegisterJobs(IRecurringJobManager jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        jobs.AddOrUpdate<ReviewDeadlineJob>(ReviewDeadlineJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/10 * * * *");
    }
}
