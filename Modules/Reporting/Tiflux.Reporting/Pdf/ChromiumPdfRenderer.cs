using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Tiflux.Reporting.Pdf;

/// <summary>Chromium could not render a document; the message is for the person on the page (pt-BR).</summary>
internal sealed class PdfRenderingException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// One Chromium per process, launched on first use and relaunched when it died; a new page per document with JavaScript
/// off and every request except data: URIs blocked; at most <see cref="PdfOptions.MaxConcurrentPages"/> pages at once.
/// Singleton: the container closes the browser on shutdown.
/// </summary>
internal sealed partial class ChromiumPdfRenderer : IAsyncDisposable
{
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
    ];

    private readonly PdfOptions _options;
    private readonly ILogger<ChromiumPdfRenderer> _logger;
    private readonly ILoggerFactory _loggerFactory;
    private readonly SemaphoreSlim _pages;
    private readonly SemaphoreSlim _launch = new(1, 1);
    private IBrowser? _browser;
    private string? _userDataDir;
    private bool _disposed;

    public ChromiumPdfRenderer(IOptions<PdfOptions> options, ILogger<ChromiumPdfRenderer> logger, ILoggerFactory loggerFactory)
    {
        _options = options.Value;
        _logger = logger;
        _loggerFactory = loggerFactory;
        _pages = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrentPages));
    }

    /// <summary>The running browser's process id (tests kill it to check the relaunch).</summary>
    internal int? BrowserProcessId => _browser?.Process is { } p && !p.HasExited ? p.Id : null;

    public async Task<byte[]> RenderAsync(string html, string headerTemplate, string footerTemplate, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _pages.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var browser = await GetBrowserAsync(cancellationToken);
                try
                {
                    return await RenderOnPageAsync(browser, html, headerTemplate, footerTemplate);
                }
                catch (Exception ex) when (attempt == 1 && ex is not PdfRenderingException && (!browser.IsConnected || IsBrowserFailure(ex)))
                {
                    LogRelaunch(_logger, ex);
                    await ResetAsync(browser);
                }
            }
        }
        finally
        {
            _pages.Release();
        }
    }

    private static bool IsBrowserFailure(Exception ex) =>
        ex is TargetClosedException or ProcessException or NavigationException or PuppeteerException or ObjectDisposedException;

    private async Task<byte[]> RenderOnPageAsync(IBrowser browser, string html, string headerTemplate, string footerTemplate)
    {
        await using var page = await browser.NewPageAsync();
        page.DefaultTimeout = _options.TimeoutSeconds * 1000;
        await page.SetJavaScriptEnabledAsync(false);
        await page.SetRequestInterceptionAsync(true);
        page.AddRequestInterceptor(async request =>
        {
            if (request.Url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                await request.ContinueAsync();
            }
            else
            {
                await request.AbortAsync();
            }
        });
        await page.SetContentAsync(html);
        return await page.PdfDataAsync(new PuppeteerSharp.PdfOptions
        {
            Format = PaperFormat.A4,
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = headerTemplate,
            FooterTemplate = footerTemplate,
            MarginOptions = new MarginOptions { Top = "22mm", Bottom = "18mm", Left = "12mm", Right = "12mm" },
        });
    }

    private async Task<IBrowser> GetBrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true, IsClosed: false } running)
        {
            return running;
        }

        await _launch.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true, IsClosed: false } launched)
            {
                return launched;
            }

            if (_browser is not null)
            {
                await CloseQuietlyAsync(_browser);
                _browser = null;
            }

            var path = _options.ResolveChromiumPath();
            if (!File.Exists(path))
            {
                LogMissing(_logger, path);
                throw new PdfRenderingException(
                    $"Não foi possível gerar o PDF: o Chromium não foi encontrado em \"{path}\". " +
                    "Instale o pacote chromium ou ajuste a configuração Pdf:ChromiumPath.");
            }

            _userDataDir ??= Directory.CreateTempSubdirectory("tiflux-chromium-").FullName;
            try
            {
                _browser = await Puppeteer.LaunchAsync(
                    new LaunchOptions
                    {
                        ExecutablePath = path,
                        Headless = true,
                        Browser = SupportedBrowser.Chromium,
                        UserDataDir = _userDataDir,
                        Args = LaunchArgs,
                    },
                    _loggerFactory);
            }
            catch (Exception ex) when (ex is ProcessException or PuppeteerException or IOException)
            {
                LogLaunchFailed(_logger, path, ex);
                throw new PdfRenderingException($"Não foi possível gerar o PDF: o Chromium em \"{path}\" não iniciou ({ex.Message}).", ex);
            }

            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    private async Task ResetAsync(IBrowser dead)
    {
        await _launch.WaitAsync();
        try
        {
            if (ReferenceEquals(_browser, dead))
            {
                _browser = null;
                await CloseQuietlyAsync(dead);
            }
        }
        finally
        {
            _launch.Release();
        }
    }

    private static async Task CloseQuietlyAsync(IBrowser browser)
    {
        try
        {
            await browser.CloseAsync();
        }
        catch (Exception ex) when (ex is PuppeteerException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // already dead
        }

        try
        {
            if (browser.Process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // already exited
        }

        await browser.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_browser is not null)
        {
            await CloseQuietlyAsync(_browser);
            _browser = null;
        }

        if (_userDataDir is not null)
        {
            try
            {
                Directory.Delete(_userDataDir, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold files for a moment; the temp folder is cleaned by the OS.
            }
        }

        _launch.Dispose();
        _pages.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium failed while rendering a PDF; relaunching and retrying once")]
    private static partial void LogRelaunch(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chromium not found at {Path}; set Pdf:ChromiumPath or install the chromium package")]
    private static partial void LogMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chromium at {Path} failed to launch")]
    private static partial void LogLaunchFailed(ILogger logger, string path, Exception exception);
}
