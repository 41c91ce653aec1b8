using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Reporting.Persistence;
using Tiflux.Reporting.PublicApi;

namespace Tiflux.Reporting;

public static class ReportingModule
{
    public const string Schema = "reporting";

    public static IServiceCollection AddReportingModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ReportingDbContext>(Schema, order: 40);
        services.AddScoped<IReportingModule, ReportingFacade>();
        return services;
    }
}
