using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.Billing;

public static class BillingModule
{
    public const string Schema = "billing";

    public static IServiceCollection AddBillingModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<BillingDbContext>(Schema, order: 30);
        services.AddScoped<IBillingModule, BillingFacade>();
        services.AddScoped<PendingBillingEngine>();
        return services;
    }
}
