using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Reporting.ClosingReports;
using Tiflux.Reporting.Documents;
using Tiflux.Reporting.Pdf;
using Tiflux.Reporting.Persistence;
using Tiflux.Reporting.PublicApi;
using Tiflux.Reporting.Statements;

namespace Tiflux.Reporting;

public static class ReportingModule
{
    public const string Schema = "reporting";

    /// <summary>Registers the module; <paramref name="configuration"/> supplies the <c>Organization</c> and <c>Pdf</c> sections.</summary>
    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddModuleDbContext<ReportingDbContext>(Schema, order: 40);
        services.AddScoped<IReportingModule, ReportingFacade>();
        if (configuration is not null)
        {
            services.Configure<OrganizationOptions>(configuration.GetSection(OrganizationOptions.Section));
            services.Configure<PdfOptions>(configuration.GetSection(PdfOptions.Section));
        }
        else
        {
            services.AddOptions<OrganizationOptions>();
            services.AddOptions<PdfOptions>();
        }

        services.AddSingleton<ReportTemplates>();
        services.AddSingleton<ChromiumPdfRenderer>();
        services.AddScoped<ReportPrinter>();
        services.AddScoped<ClosingReportBuilder>();
        services.AddScoped<ConsumptionStatementBuilder>();
        services.AddScoped<PdfReportFiles>();
        services.AddScoped<BillingReportViews>();
        services.AddScoped<RenderBillingHtml>();
        services.AddScoped<RenderBillingPdf>();
        services.AddScoped<RenderPendingPreviewPdf>();
        services.AddScoped<RenderConsumptionStatement>();
        return services;
    }
}
