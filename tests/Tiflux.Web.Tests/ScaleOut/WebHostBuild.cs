using System.Reflection;

namespace Tiflux.Web.Tests.ScaleOut;

/// <summary>
/// Where Host/Tiflux.Web's own build output is, for tests that start the host as a separate process. The test kit
/// references the host project, so building these tests builds the host in the same configuration; the configuration
/// is read from the host assembly loaded here (Debug, Release or any other), the target framework from this test's
/// output directory (…/bin/&lt;configuration&gt;/&lt;tfm&gt;/), and the repository root is the first directory up
/// that holds Tiflux.sln.
/// </summary>
internal static class WebHostBuild
{
    public static string Dll { get; } = Locate();

    private static string Locate()
    {
        var configuration = typeof(Program).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
            ?? throw new InvalidOperationException("Tiflux.Web.dll carries no build configuration.");
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Tiflux.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No Tiflux.sln above {output.FullName}.");
        }

        return Path.Combine(root.FullName, "Host", "Tiflux.Web", "bin", configuration, output.Name, "Tiflux.Web.dll");
    }
}
