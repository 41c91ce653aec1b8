namespace Tiflux.Web.Hosting;

internal sealed class TifluxOptions
{
    public const string Section = "Tiflux";

    public bool MigrateOnStartup { get; set; } = true;

    public bool DemoData { get; set; }

    public int HangfireWorkerCount { get; set; } = 4;

    /// <summary>
    /// After how long a job fetched by a worker process that stopped (killed, crashed) is run by another. Every job is
    /// idempotent; this only bounds how late a dead process's batch is finished.
    /// </summary>
    public int JobInvisibilityTimeoutSeconds { get; set; } = 300;

    /// <summary>When the automatic billing run starts, as a cron expression in America/Sao_Paulo time.</summary>
    public string BillingRunCron { get; set; } = "0 2 * * *";

    /// <summary>How many days a signed attachment link (<c>/anexos/{token}</c>) in a report stays valid.</summary>
    public int AttachmentLinkDays { get; set; } = 30;

    /// <summary>The absolute base URL recipients reach the application at; signed links are built on it.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The absolute URL of <paramref name="path"/> ("/portal/revisoes/12") for links sent outside the app.</summary>
    public string PublicUrl(string path) =>
        (string.IsNullOrWhiteSpace(PublicBaseUrl) ? "http://127.0.0.1:5080" : PublicBaseUrl).TrimEnd('/') + path;
}
