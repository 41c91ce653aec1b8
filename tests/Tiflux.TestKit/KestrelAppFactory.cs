using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Hangfire;
using Microsoft.AspNetCore.Hosting;

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
    private Uri? _address;

    /// <summary>
    /// Starts Kestrel on a free port and returns its address, e.g. http://127.0.0.1:41234. The port is chosen before
    /// the host is built so that <c>Tiflux:PublicBaseUrl</c> is this address: links the app e-mails (invitations,
    /// signed attachments) then open in the test's browser, on the same host name as its cookies.
    /// </summary>
    public Uri Start()
    {
        var port = FreePort();
        _address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        return _address;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_address is not null)
        {
            builder.UseSetting("Tiflux:PublicBaseUrl", _address.ToString().TrimEnd('/'));
        }
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
