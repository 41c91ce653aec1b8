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

    public static bool RunsJobs(this HostRole role) => role is HostRole.All or HostRole.Worker;

    public static bool ServesPages(this HostRole role) => role is HostRole.All or HostRole.Web;
}
