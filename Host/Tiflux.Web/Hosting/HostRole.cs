namespace Tiflux.Web.Hosting;

/// <summary>What one process does: serve pages, run background jobs, or both.</summary>
public enum HostRole
{
    All,
    Web,
    Worker,
}

internal static class HostRoleParser
{
    public static HostRole Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => HostRole.All,
        "web" => HostRole.Web,
        "worker" => HostRole.Worker,
        _ => throw new ArgumentException($"Unknown --role '{value}'. Use web, worker or all."),
    };

    /// <summary>The value of <c>--role X</c> or <c>--role=X</c>, when given on the command line.</summary>
    public static string? FromArgs(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--role=", StringComparison.Ordinal))
            {
                return args[i]["--role=".Length..];
            }

            if (args[i] == "--role" && i + 1 < args.Length)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    public static bool RunsJobs(this HostRole role) => role is HostRole.All or HostRole.Worker;

    public static bool ServesPages(this HostRole role) => role is HostRole.All or HostRole.Web;
}
