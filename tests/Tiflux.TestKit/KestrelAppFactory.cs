using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Tiflux.TestKit;

/// <summary>
/// The real host on a real Kestrel port, for browser tests. Hangfire's server stays off (<c>runJobs: false</c>): a test
/// process may run only one Hangfire-enabled host, and that one is the shared fixture's.
/// </summary>
public sealed class KestrelAppFactory(TestDatabase database) : TifluxAppFactory(database, runJobs: false)
{
    /// <summary>Starts Kestrel on a free port and returns its address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }
}
