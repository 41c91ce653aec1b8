using Microsoft.Playwright;

namespace Tiflux.Web.Tests;

/// <summary>
/// The distro Chromium on one page of a Kestrel host (see <see cref="TestKit.KestrelAppFactory"/>), recording what the
/// app's Content-Security-Policy blocked and the scripts' uncaught errors, so a test can assert there were none.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                CspViolations.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => PageErrors.Add($"{page.Url}: {error}");
    }

    public IPage Page { get; }

    public List<string> CspViolations { get; } = [];

    public List<string> PageErrors { get; } = [];

    public static async Task<BrowserSession> StartAsync(Uri address)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TIFLUX_CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), Locale = "pt-BR", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return new BrowserSession(playwright, browser, page);
    }

    /// <summary>Signs in through the login page.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("/conta/entrar");
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Senha").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
