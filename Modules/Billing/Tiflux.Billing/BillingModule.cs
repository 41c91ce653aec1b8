using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing;

public static class BillingModule
{
    public const string Schema = "billing";

    public static IServiceCollection AddBillingModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<BillingDbContext>(Schema, order: 30);
        services.AddScoped<IBillingModule, BillingFacade>();
        return services;
    }
}
