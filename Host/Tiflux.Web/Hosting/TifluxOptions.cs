namespace Tiflux.Web.Hosting;

internal sealed class TifluxOptions
{
    public const string Section = "Tiflux";

    public bool MigrateOnStartup { get; set; } = true;

    public bool DemoData { get; set; }

    public int HangfireWorkerCount { get; set; } = 4;
}
