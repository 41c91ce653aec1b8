namespace Tiflux.Web.Hosting;

internal sealed class TifluxOptions
{
    public const string Section = "Tiflux";

    public bool MigrateOnStartup { get; set; } = true;

    public bool DemoData { get; set; }

    public int HangfireWorkerCount { get; set; } = 4;

    /// <summary>When the automatic billing run starts, as a cron expression in America/Sao_Paulo time.</summary>
    public string BillingRunCron { get; set; } = "0 2 * * *";
}
