using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Demo;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Catalog;
using Tiflux.Contracts.Clients;
using Tiflux.Contracts.Demo;
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
        services.AddScoped<IClientsAdministration, ClientsAdministration>();
        services.AddScoped<IContractsAdministration, ContractsAdministration>();
        services.AddScoped<ICatalogAdministration, CatalogAdministration>();
        services.AddScoped<ContractListQuery>();
        services.AddScoped<IDemoDataSeeder, ContractsDemoSeeder>();
        return services;
    }
}
