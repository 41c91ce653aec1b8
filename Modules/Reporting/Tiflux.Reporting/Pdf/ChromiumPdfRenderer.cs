using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Tiflux.Reporting.Pdf;

/// <summary>Chromium could not render a document; the message is for the person on the page (pt-BR).</summary>
internal sealed class PdfRenderingException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// One Chromium per process, launched on first use, with a pool of at most <see cref="PdfOptions.MaxConcurrentPages"/>
/// reusable offline pages (JavaScript off); relaunched when it died, and recycled after
/// <see cref="PdfOptions.RecycleAfterDocuments"/> documents or above <see cref="PdfOptions.RecycleAboveMegabytes"/>
/// (the documents in flight finish on the old browser; the next ones wait for it to close and start the new one, so
/// two browsers never run side by side). Singleton: the container closes
/// the browser on shutdown. Decisions and measurements: ADR 0020.
/// </summary>
internal sealed partial class ChromiumPdfRenderer : IAsyncDisposable
{
    private readonly PdfOptions _options;
    private readonly ILogger<ChromiumPdfRenderer> _logger;
    private readonly ILoggerFactory _loggerFactory;
    private readonly SemaphoreSlim _slots;
    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly ConcurrentDictionary<BrowserSession, byte> _live = new();
    private BrowserSession? _session;
    private bool _disposed;

    public ChromiumPdfRenderer(IOptions<PdfOptions> options, ILogger<ChromiumPdfRenderer> logger, ILoggerFactory loggerFactory)
    {
        _options = options.Value;
        _logger = logger;
        _loggerFactory = loggerFactory;
        _slots = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrentPages));
    }

    /// <summary>The running browser's process id (tests kill it to check the relaunch, and watch it change on recycling).</summary>
    internal int? BrowserProcessId => Volatile.Read(ref _session)?.ProcessId;

    /// <summary>Memory (proportional set size) of the running browser's processes (the benchmark reports it).</summary>
    internal long? BrowserMemoryBytes => Volatile.Read(ref _session)?.MemoryBytes();

    /// <summary>Pages the running browser has opened (tests check that pages are reused).</summary>
    internal int? PagesOpened => Volatile.Read(ref _session)?.PagesOpened;

    /// <summary>The document printed on A4 with the frame (organisation, title, "Página X de Y") on every page.</summary>
    public async Task<byte[]> RenderAsync(string html, PageFrame frame, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var document = frame.Apply(html);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var session = await EnterSessionAsync(cancellationToken);
                IPage? page = null;
                var left = false;
                byte[] pdf;
                int printed;
                try
                {
                    page = await session.LeasePageAsync(_options.TimeoutSeconds * 1000);
                    pdf = await PrintAsync(page, document);
                    left = true;
                    printed = await session.LeaveAsync(page, printed: true);
                }
                catch (Exception ex) when (attempt == 1 && ex is not PdfRenderingException && (!session.Browser.IsConnected || IsBrowserFailure(ex)))
                {
                    LogRelaunch(_logger, ex);
                    if (!left)
                    {
                        await session.LeaveAsync(page, printed: false);
                    }

                    await RetireAsync(session);
                    continue;
                }
                catch
                {
                    if (!left)
                    {
                        await session.LeaveAsync(page, printed: false);
                    }

                    throw;
                }

                await RecycleIfDueAsync(session, printed);
                return pdf;
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private static bool IsBrowserFailure(Exception ex) =>
        ex is TargetClosedException or ProcessException or NavigationException or PuppeteerException or ObjectDisposedException;

    /// <summary>
    /// The page's previous document is replaced as a whole (a new document, not a patched one), so nothing of it is
    /// printed again. No header/footer templates and no tagged PDF: both cost more than the printing itself (ADR 0020).
    /// </summary>
    private static async Task<byte[]> PrintAsync(IPage page, string document)
    {
        await page.SetContentAsync(document);
        return await page.PdfDataAsync(new PuppeteerSharp.PdfOptions
        {
            Format = PaperFormat.A4,
            PreferCSSPageSize = true,
            PrintBackground = true,
            DisplayHeaderFooter = false,
            Tagged = false,
            Outline = false,
        });
    }

    private async Task RecycleIfDueAsync(BrowserSession session, int printed)
    {
        if (_options.RecycleAfterDocuments > 0 && printed >= _options.RecycleAfterDocuments)
        {
            if (await RetireAsync(session))
            {
                LogRecycledAfterDocuments(_logger, printed);
            }

            return;
        }

        if (_options.RecycleAboveMegabytes > 0 && printed % Math.Max(1, _options.MemoryCheckEveryDocuments) == 0
            && session.MemoryBytes() is { } bytes && bytes > _options.RecycleAboveMegabytes * 1048576L && await RetireAsync(session))
        {
            LogRecycledAboveMemory(_logger, bytes / 1048576, printed);
        }
    }

    private async Task<bool> RetireAsync(BrowserSession session)
    {
        Interlocked.CompareExchange(ref _session, null, session);
        return await session.RetireAsync();
    }

    /// <summary>The current session with one more document in flight; launches one when there is none or it is gone.</summary>
    private async Task<BrowserSession> EnterSessionAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (Volatile.Read(ref _session) is { } current && current.TryEnter())
            {
                return current;
            }

            await _launch.WaitAsync(cancellationToken);
            try
            {
                if (_session is { } other && !other.TryEnter())
                {
                    await RetireAsync(other);
                }
                else if (_session is { } entered)
                {
                    return entered;
                }

                _session = await LaunchAsync();
            }
            finally
            {
                _launch.Release();
            }
        }
    }

    /// <summary>
    /// Waits for retired browsers to finish their documents and close (so two browsers never add up their memory; a
    /// stuck one is closed after the render timeout), then launches a new one. Called under the launch lock.
    /// </summary>
    private async Task<BrowserSession> LaunchAsync()
    {
        foreach (var retired in _live.Keys)
        {
            if (!retired.IsClosed && await Task.WhenAny(retired.Closed, Task.Delay(TimeSpan.FromSeconds(_options.TimeoutSeconds))) != retired.Closed)
            {
                await retired.CloseNowAsync();
            }

            _live.TryRemove(retired, out _);
        }

        var path = _options.ResolveChromiumPath();
        if (!File.Exists(path))
        {
            LogMissing(_logger, path);
            throw new PdfRenderingException(
                $"Não foi possível gerar o PDF: o Chromium não foi encontrado em \"{path}\". " +
                "Instale o pacote chromium ou ajuste a configuração Pdf:ChromiumPath.");
        }

        try
        {
            var session = await BrowserSession.LaunchAsync(path, _loggerFactory);
            _live[session] = 0;
            return session;
        }
        catch (Exception ex) when (ex is ProcessException or PuppeteerException or IOException)
        {
            LogLaunchFailed(_logger, path, ex);
            throw new PdfRenderingException($"Não foi possível gerar o PDF: o Chromium em \"{path}\" não iniciou ({ex.Message}).", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _session = null;
        foreach (var session in _live.Keys)
        {
            await session.CloseNowAsync();
        }

        _live.Clear();
        _launch.Dispose();
        _slots.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium failed while rendering a PDF; relaunching and retrying once")]
    private static partial void LogRelaunch(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chromium recycled after {Documents} documents")]
    private static partial void LogRecycledAfterDocuments(ILogger logger, int documents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chromium recycled at {Megabytes} MB (proportional set size) after {Documents} documents")]
    private static partial void LogRecycledAboveMemory(ILogger logger, long megabytes, int documents);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chromium not found at {Path}; set Pdf:ChromiumPath or install the chromium package")]
    private static partial void LogMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chromium at {Path} failed to launch")]
    private static partial void LogLaunchFailed(ILogger logger, string path, Exception exception);
}
