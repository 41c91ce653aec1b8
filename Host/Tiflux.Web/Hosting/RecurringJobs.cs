using Hangfire;
using Microsoft.Extensions.Options;
using Tiflux.Billing;
using Tiflux.Tickets;

namespace Tiflux.Web.Hosting;

/// <summary>Every module's recurring jobs, registered (idempotently) at start-up.</summary>
internal static class RecurringJobs
{
    public static void Register(IServiceProvider services)
    {
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        var options = services.GetRequiredService<IOptions<TifluxOptions>>().Value;
        TicketsModule.RegisterJobs(jobs);
        Notifications.NotificationsModule.RegisterJobs(jobs);
        BillingModule.RegisterJobs(jobs, options.BillingRunCron);
        Tiflux.Integrations.IntegrationsModule.RegisterJobs(jobs);
    }
}
