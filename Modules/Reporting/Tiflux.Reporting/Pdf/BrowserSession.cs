using Microsoft.Extensions.Logging;
using PuppeteerSharp;

namespace Tiflux.Reporting.Pdf;

/// <summary>
/// One launched Chromium and its pool of reusable pages. Each page is created once with JavaScript off and the network
/// emulated offline (so a document can load nothing but data: URIs, without intercepting each request), then serves
/// document after document. A retired session takes no new document and closes its browser when the last document in
/// flight is done, so recycling never fails a render.
/// </summary>
internal sealed class BrowserSession
{
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--disable-default-apps", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
        "--no-default-browser-check", "--mute-audio", "--no-pings",
    ];

    private readonly Lock _lock = new();
    private readonly Stack<IPage> _idle = new();
    private readonly string _userDataDir;
    private readonly TaskCompletionSource _closedTask = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _rendered;
    private int _pagesOpened;
    private bool _retired;
    private bool _closed;

    private BrowserSession(IBrowser browser, string userDataDir)
    {
        Browser = browser;
        _userDataDir = userDataDir;
    }

    public IBrowser Browser { get; }

    public int? ProcessId => Browser.Process is { HasExited: false } p ? p.Id : null;

    /// <summary>Pages created so far (at most the pool size when pages are reused).</summary>
    public int PagesOpened => Volatile.Read(ref _pagesOpened);

    /// <summary>Completes when the browser has been closed (its processes ended).</summary>
    public Task Closed => _closedTask.Task;

    public bool IsClosed
    {
        get
        {
            lock (_lock)
            {
                return _closed;
            }
        }
    }

    /// <summary>Launches Chromium with a profile folder of its own, deleted when it closes.</summary>
    public static async Task<BrowserSession> LaunchAsync(string executablePath, ILoggerFactory loggerFactory)
    {
        var userDataDir = Directory.CreateTempSubdirectory("tiflux-chromium-").FullName;
        try
        {
            var browser = await Puppeteer.LaunchAsync(
                new LaunchOptions
                {
                    ExecutablePath = executablePath,
                    Headless = true,
                    Browser = SupportedBrowser.Chromium,
                    UserDataDir = userDataDir,
                    Args = LaunchArgs,
                },
                loggerFactory);
            return new BrowserSession(browser, userDataDir);
        }
        catch
        {
            DeleteQuietly(userDataDir);
            throw;
        }
    }

    /// <summary>Counts one more document in flight, unless the session is retired or its browser is gone.</summary>
    public bool TryEnter()
    {
        lock (_lock)
        {
            if (_retired || !Browser.IsConnected || Browser.IsClosed)
            {
                return false;
            }

            _inFlight++;
            return true;
        }
    }

    /// <summary>An idle page of the pool, or a new one (only after <see cref="TryEnter"/>).</summary>
    public async Task<IPage> LeasePageAsync(int timeoutMilliseconds)
    {
        lock (_lock)
        {
            if (_idle.TryPop(out var idle))
            {
                return idle;
            }
        }

        var page = await Browser.NewPageAsync();
        Interlocked.Increment(ref _pagesOpened);
        try
        {
            page.DefaultTimeout = timeoutMilliseconds;
            await page.SetJavaScriptEnabledAsync(false);
            await page.SetOfflineModeAsync(true);
            return page;
        }
        catch
        {
            await ClosePageQuietlyAsync(page);
            throw;
        }
    }

    /// <summary>
    /// Ends a document entered with <see cref="TryEnter"/>: a page that printed goes back to the pool, a failed one is
    /// closed; the last document of a retired session closes the browser. Returns the documents printed so far.
    /// </summary>
    public async Task<int> LeaveAsync(IPage? page, bool printed)
    {
        bool closePage, closeBrowser;
        int rendered;
        lock (_lock)
        {
            _inFlight--;
            if (printed)
            {
                _rendered++;
            }

            rendered = _rendered;
            closePage = page is not null && (!printed || _retired);
            if (page is not null && !closePage)
            {
                _idle.Push(page);
            }

            closeBrowser = _retired && _inFlight == 0 && !_closed;
            _closed |= closeBrowser;
        }

        if (closePage)
        {
            await ClosePageQuietlyAsync(page!);
        }

        if (closeBrowser)
        {
            await CloseBrowserAsync();
        }

        return rendered;
    }

    /// <summary>Takes no more documents; closes now when none is in flight. True for the call that retired it.</summary>
    public async Task<bool> RetireAsync()
    {
        bool close;
        lock (_lock)
        {
            if (_retired)
            {
                return false;
            }

            _retired = true;
            close = _inFlight == 0 && !_closed;
            _closed |= close;
        }

        if (close)
        {
            await CloseBrowserAsync();
        }

        return true;
    }

    /// <summary>Closes the browser whatever is in flight (shutdown).</summary>
    public async Task CloseNowAsync()
    {
        lock (_lock)
        {
            _retired = true;
            if (_closed)
            {
                return;
            }

            _closed = true;
        }

        await CloseBrowserAsync();
    }

    /// <summary>Memory (proportional set size) of the browser and its child processes, when it can be read.</summary>
    public long? MemoryBytes() => ProcessId is { } pid ? ProcessTreeMemory.ProportionalBytes(pid) : null;

    private async Task CloseBrowserAsync()
    {
        try
        {
            await CloseProcessesAsync();
        }
        finally
        {
            _closedTask.TrySetResult();
        }
    }

    private async Task CloseProcessesAsync()
    {
        try
        {
            await Browser.CloseAsync();
        }
        catch (Exception ex) when (ex is PuppeteerException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // already dead
        }

        try
        {
            if (Browser.Process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // already exited
        }

        await Browser.DisposeAsync();
        DeleteQuietly(_userDataDir);
    }

    private static async Task ClosePageQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (Exception ex) when (ex is PuppeteerException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // the browser went away with it
        }
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Chromium may still hold files for a moment; the temp folder is cleaned by the OS.
        }
    }
}
