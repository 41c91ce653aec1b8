namespace Tiflux.ArchitectureTests;

/// <summary>Every module on disk is in <see cref="ModuleMap"/>, so no module escapes the rules driven from it.</summary>
public sealed class ModuleMapCompletenessTests
{
    [Fact]
    public void EveryModuleProjectOnDisk_IsInTheModuleMap()
    {
        var modules = Path.Combine(RepoSources.Root, "Modules");
        var projects = Directory.GetDirectories(modules)
            .Where(d => Path.GetFileName(d) != "Shared")
            .SelectMany(d => Directory.GetDirectories(d).Where(p => Directory.GetFiles(p, "*.csproj").Length > 0))
            .Select(p => (Module: Path.GetFileName(Path.GetDirectoryName(p))!, Project: Path.GetFileName(p)))
            .ToList();
        var mapped = ModuleMap.All
            .SelectMany(m => new[] { (m.Name, m.PublicApi.GetName().Name!), (m.Name, m.Implementation.GetName().Name!) })
            .ToHashSet();

        Assert.NotEmpty(projects);
        var missing = projects.Where(p => !mapped.Contains(p)).Select(p => $"Modules/{p.Module}/{p.Project}").ToList();
        Assert.True(missing.Count == 0, $"Not in ModuleMap: {string.Join(", ", missing)}");
    }
}
