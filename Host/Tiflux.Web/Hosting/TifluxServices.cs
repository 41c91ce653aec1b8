using Microsoft.AspNetCore.DataProtection;
using Npgsql;
using Tiflux.Api;
using Tiflux.Api.Users;
using Tiflux.Billing;
using Tiflux.Contracts;
using Tiflux.Integrations;
using Tiflux.Notifications;
using Tiflux.Reporting;
using Tiflux.Reporting.PublicApi;
using Tiflux.Tickets;
using Tiflux.Web.Attachments;
using Tiflux.Web.Health;
using Tiflux.Web.Identity;
using Tiflux.Web.Jobs;

namespace Tiflux.Web.Hosting;

/// <summary>Everything a process needs whatever its role: database, modules, identity, Hangfire.</summary>
internal static class TifluxServices
{
    public static IServiceCollection AddTifluxCore(this IServiceCollection services, IConfiguration configuration, HostRole role)
    {
        var connectionString = DatabaseConnection.Resolve(configuration);
        var options = configuration.GetSection(TifluxOptions.Section).Get<TifluxOptions>() ?? new TifluxOptions();
        services.Configure<TifluxOptions>(configuration.GetSection(TifluxOptions.Section));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.AddContractsModule();
        services.AddTicketsModule();
        services.AddBillingModule();
        services.AddReportingModule(configuration);
        // Keys shared by every process (web, worker) so signed links and sign-in cookies survive restarts.
        services.AddDataProtection()
            .SetApplicationName("Tiflux")
            .PersistKeysToFileSystem(new DirectoryInfo(configuration["Tiflux:KeysPath"] ?? Path.Combine(AppContext.BaseDirectory, "keys")));
        services.AddSingleton<SignedAttachmentLinks>();
        services.AddSingleton<IAttachmentLinkSigner>(sp => sp.GetRequiredService<SignedAttachmentLinks>());
        services.AddSingleton<Tiflux.Notifications.PublicApi.IPublicLinks, PublicLinks>();
        services.AddScoped<Tiflux.Notifications.PublicApi.IStaffContacts, StaffContacts>();
        services.AddNotificationsModule(configuration);
        services.AddIntegrationsModule(configuration);
        services.AddTifluxIdentity();
        services.AddTifluxApi(configuration);
        services.AddScoped<IUserDirectory, IdentityUserDirectory>();
        services.AddScoped<AdminBootstrapper>();
        services.AddScoped<BuildingBlocks.Demo.IDemoDataSeeder, DemoUsersSeeder>();
        services.AddScoped<BuildingBlocks.Demo.IDemoDataSeeder, DemoPortalUserSeeder>();
        services.AddScoped<MigrationRunner>();
        services.AddTifluxHangfire(connectionString, role, options.HangfireWorkerCount, TimeSpan.FromSeconds(Math.Max(10, options.JobInvisibilityTimeoutSeconds)));
        services.AddTransient<WorkerPingJob>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<HangfireHealthCheck>("hangfire");
        return services;
    }
}
