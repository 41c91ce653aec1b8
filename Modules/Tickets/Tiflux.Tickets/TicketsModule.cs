using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets;

public static class TicketsModule
{
    public const string Schema = "tickets";

    public static IServiceCollection AddTicketsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<TicketsDbContext>(Schema, order: 20);
        services.AddScoped<ITicketsModule, TicketsFacade>();
        return services;
    }
}
