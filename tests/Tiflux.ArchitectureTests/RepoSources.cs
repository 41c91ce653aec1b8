namespace Tiflux.ArchitectureTests;

/// <summary>The repository's source files, found from the test binaries by walking up to Tiflux.sln.</summary>
internal static class RepoSources
{
    public static string Root { get; } = FindRoot();

    /// <summary>Hand-written source under <paramref name="folder"/> (no build output, no generated migrations).</summary>
    public static IReadOnlyList<string> Files(string folder, params string[] extensions) =>
        [.. Directory.EnumerateFiles(Path.Combine(Root, folder), "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin" or "Migrations"))];

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tiflux.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Tiflux.sln not found above " + AppContext.BaseDirectory);
    }
}
