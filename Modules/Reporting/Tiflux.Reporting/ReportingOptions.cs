namespace Tiflux.Reporting;

/// <summary>PDF rendering with the distro Chromium (configuration section <c>Pdf</c>).</summary>
internal sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>Chromium executable; default: environment TIFLUX_CHROMIUM_PATH, else /usr/bin/chromium.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>At most this many pages render at once.</summary>
    public int MaxConcurrentPages { get; set; } = 4;

    public int TimeoutSeconds { get; set; } = 60;

    public string ResolveChromiumPath() =>
        !string.IsNullOrWhiteSpace(ChromiumPath) ? ChromiumPath
        : Environment.GetEnvironmentVariable("TIFLUX_CHROMIUM_PATH") is { Length: > 0 } env ? env
        : "/usr/bin/chromium";
}
