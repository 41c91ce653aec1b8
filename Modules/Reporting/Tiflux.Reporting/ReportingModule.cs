using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Reporting.ClosingReports;
using Tiflux.Reporting.Documents;
using Tiflux.Reporting.Pdf;
using Tiflux.Reporting.Persistence;
using Tiflux.Reporting.PublicApi;
using Tiflux.Reporting.Statements;
using Tiflux.Reporting.Tables;

namespace Tiflux.Reporting;

public static class ReportingModule
{
    public const string Schema = "reporting";

    /// <summary>Registers the module; <paramref name="configuration"/> supplies the <c>Pdf</c> section (the organisation printed on documents comes from Billing's organisation settings).</summary>
    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddModuleDbContext<ReportingDbContext>(Schema, order: 40);
        services.AddScoped<IReportingModule, ReportingFacade>();
        if (configuration is not null)
        {
            services.Configure<PdfOptions>(configuration.GetSection(PdfOptions.Section));
        }
        else
        {
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
        services.AddScoped<RenderBillingPreviewPdf>();
        services.AddScoped<RenderConsumptionStatement>();
        services.AddScoped<GetConsumptionStatement>();
        services.AddSingleton<IReportTables, ReportTables>();
        services.AddScoped<StatementClientWork>();
        return services;
    }
}
