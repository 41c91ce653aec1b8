namespace Tiflux.Reporting;

/// <summary>PDF rendering with the distro Chromium (configuration section <c>Pdf</c>).</summary>
internal sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>Chromium executable; default: environment TIFLUX_CHROMIUM_PATH, else /usr/bin/chromium.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>Size of the pool of reusable pages: at most this many documents render at once.</summary>
    public int MaxConcurrentPages { get; set; } = 4;

    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>The browser is closed and relaunched (on next use) after this many documents; 0 turns it off.</summary>
    public int RecycleAfterDocuments { get; set; } = 500;

    /// <summary>
    /// The browser is also recycled when the memory of its processes (browser, renderers, GPU and utility processes;
    /// proportional set size, so shared pages count once) goes above this many megabytes; 0 turns it off.
    /// </summary>
    public int RecycleAboveMegabytes { get; set; } = 1536;

    /// <summary>The memory of the browser's processes is read every this many documents (reading /proc is not free).</summary>
    public int MemoryCheckEveryDocuments { get; set; } = 20;

    public string ResolveChromiumPath() =>
        !string.IsNullOrWhiteSpace(ChromiumPath) ? ChromiumPath
        : Environment.GetEnvironmentVariable("TIFLUX_CHROMIUM_PATH") is { Length: > 0 } env ? env
        : "/usr/bin/chromium";
}
