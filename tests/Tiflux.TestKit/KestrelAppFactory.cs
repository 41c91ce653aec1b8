using Hangfire;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Tiflux.TestKit;

/// <summary>
/// The real host on a real Kestrel port, for browser tests. Hangfire's server stays off (<c>runJobs: false</c>): a test
/// process may run only one Hangfire-enabled host, and that one is the shared fixture's (<paramref name="jobsHost"/>).
/// Hangfire's configuration is static: building this host points <see cref="JobStorage.Current"/> and Hangfire's log
/// provider at this host, whose logger factory is gone once it is disposed; disposing points both back at
/// <paramref name="jobsHost"/>, or the fixture's next enqueue fails with ObjectDisposedException.
/// </summary>
public sealed class KestrelAppFactory(TestDatabase database, IServiceProvider? jobsHost) : TifluxAppFactory(database, runJobs: false)
{
    /// <summary>Starts Kestrel on a free port and returns its address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (jobsHost is not null)
        {
            HangfireStatics.PointAt(jobsHost);
        }

        GC.SuppressFinalize(this);
    }
}
