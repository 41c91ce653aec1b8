using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Demo;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Catalog;
using Tiflux.Contracts.Clients;
using Tiflux.Contracts.Cycles;
using Tiflux.Contracts.Demo;
using Tiflux.Contracts.Overview;
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
        services.AddScoped<IContractOverview, ContractOverviewFacade>();
        services.AddScoped<CountPendingAdjustment>();
        services.AddScoped<GetContractClientIds>();
        services.AddScoped<ListClients>();
        services.AddScoped<GetChangeStamps>();
        services.AddScoped<GetSharedCreditGroups>();
        services.AddScoped<ListResourceGroups>();
        services.AddScoped<ListResources>();
        services.AddScoped<GetClientDetails>();
        services.AddScoped<CreateClient>();
        services.AddScoped<UpdateClient>();
        services.AddScoped<SetClientActive>();
        services.AddScoped<SetAuthorizationFlow>();
        services.AddScoped<AddResourceGroup>();
        services.AddScoped<AddResource>();
        services.AddScoped<ListContractTypes>();
        services.AddScoped<CreateContractType>();
        services.AddScoped<ListContracts>();
        services.AddScoped<GetContractDetails>();
        services.AddScoped<ListAdjustmentsDue>();
        services.AddScoped<CreateContract>();
        services.AddScoped<UpdateContractSettings>();
        services.AddScoped<AddRider>();
        services.AddScoped<CancelContract>();
        services.AddScoped<ApplyAdjustments>();
        services.AddScoped<IContractAdjustments, ContractAdjustments>();
        services.AddScoped<GetAdjustmentReport>();
        services.AddScoped<ListStandaloneServices>();
        services.AddScoped<SaveStandaloneService>();
        services.AddScoped<ListTravels>();
        services.AddScoped<SaveTravel>();
        services.AddScoped<ListExtraExpenses>();
        services.AddScoped<SaveExtraExpense>();
        services.AddScoped<GetClient>();
        services.AddScoped<GetClients>();
        services.AddScoped<GetResources>();
        services.AddScoped<GetValuationOptions>();
        services.AddScoped<GetRider>();
        services.AddScoped<GetContractTerms>();
        services.AddScoped<GetCycle>();
        services.AddScoped<GetCyclesContaining>();
        services.AddScoped<GetRecentCycles>();
        services.AddScoped<GetCyclesPending>();
        services.AddScoped<GetStandaloneService>();
        services.AddScoped<GetTravel>();
        services.AddScoped<GetExtraExpense>();
        services.AddScoped<IDemoDataSeeder, ContractsDemoSeeder>();
        return services;
    }
}
