namespace Tiflux.BuildingBlocks.Persistence;

/// <summary>Connection string for `dotnet ef` at design time: TIFLUX_DB, else the local development cluster.</summary>
public static class DesignTimeConnection
{
    public static string Get() =>
        Environment.GetEnvironmentVariable("TIFLUX_DB")
        ?? "Host=127.0.0.1;Port=55433;Database=tiflux;Username=postgres";
}
