using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts;

public static class ContractsModule
{
    public const string Schema = "contracts";

    public static IServiceCollection AddContractsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ContractsDbContext>(Schema, order: 10);
        services.AddScoped<IContractsModule, ContractsFacade>();
        return services;
    }
}
