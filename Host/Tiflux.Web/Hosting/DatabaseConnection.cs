namespace Tiflux.Web.Hosting;

internal static class DatabaseConnection
{
    public static string Resolve(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Tiflux");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = configuration["TIFLUX_DB"];
        }

        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                "No database configured. Set TIFLUX_DB (or ConnectionStrings__Tiflux), or start the app with build/run.sh.")
            : connectionString;
    }
}
