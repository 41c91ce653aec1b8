using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tiflux.TestKit;

/// <summary>
/// Hangfire's configuration is static: building any host points <see cref="JobStorage.Current"/> and Hangfire's log
/// provider at that host. A test that builds a second host (runJobs: false) must point both back at the one
/// Hangfire-enabled host of the process when it is done, or that host's enqueues land in the other host's storage
/// (nobody runs them) and its logging uses a disposed logger factory.
/// </summary>
public static class HangfireStatics
{
    public static void PointAt(IServiceProvider jobsHost)
    {
        ArgumentNullException.ThrowIfNull(jobsHost);
        JobStorage.Current = jobsHost.GetRequiredService<JobStorage>();
        LogProvider.SetCurrentLogProvider(new AspNetCoreLogProvider(jobsHost.GetRequiredService<ILoggerFactory>()));
    }
}
