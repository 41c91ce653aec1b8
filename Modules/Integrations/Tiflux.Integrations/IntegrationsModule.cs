using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tiflux.Billing.PublicApi;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Integrations.Asaas;
using Tiflux.Integrations.Charges;
using Tiflux.Integrations.ContaAzul;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;
using Tiflux.Integrations.Settings;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations;

public static class IntegrationsModule
{
    public const string Schema = "integrations";

    /// <summary>Registers the module; <paramref name="configuration"/> supplies the <c>Integrations</c> section (base URLs, timeout).</summary>
    public static IServiceCollection AddIntegrationsModule(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddModuleDbContext<IntegrationsDbContext>(Schema, order: 60);
        var options = services.AddOptions<IntegrationsOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(IntegrationsOptions.Section));
        }

        services.AddDataProtection();
        services.AddHttpClient(ExternalApi.ClientName, (sp, http) =>
            http.Timeout = TimeSpan.FromSeconds(Math.Max(1, sp.GetRequiredService<IOptions<IntegrationsOptions>>().Value.TimeoutSeconds)));
        services.AddScoped<IIntegrationsModule, IntegrationsFacade>();
        services.AddSingleton<SecretBox>();
        services.AddSingleton<ExternalApi>();
        services.AddScoped<AsaasGateway>();
        services.AddScoped<GetIntegrationSettings>();
        services.AddScoped<SaveIntegrationSettings>();
        services.AddScoped<GetCharge>();
        services.AddScoped<GetCharges>();
        services.AddScoped<ListChargeFailures>();
        services.AddScoped<RetryCharge>();
        services.AddScoped<BeginContaAzulConnect>();
        services.AddScoped<CompleteContaAzulConnect>();
        services.AddScoped<AsaasWebhook>();
        services.AddScoped<ContaAzulTokens>();
        services.AddScoped<ContaAzulGateway>();
        services.AddScoped<ChargeJobs>();
        services.AddScoped<ContaAzulPollJob>();
        services.AddScoped<BillingEventConsumers>();
        services.AddScoped<IIntegrationEventConsumer<BillingCreated>>(sp => sp.GetRequiredService<BillingEventConsumers>());
        services.AddScoped<IIntegrationEventConsumer<BillingReversed>>(sp => sp.GetRequiredService<BillingEventConsumers>());
        return services;
    }

    /// <summary>Recurring jobs of the module; idempotent, call at start-up in the process that runs jobs.</summary>
    public static void RegisterJobs(IRecurringJobManager jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        jobs.AddOrUpdate<ContaAzulPollJob>(ContaAzulPollJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/15 * * * *");
    }
}
