namespace Tiflux.ArchitectureTests;

/// <summary>
/// The module dependency graph: an edge M → N when M's implementation assembly references N's PublicApi (or, against
/// the boundary rule, N's implementation). Built from the compiled assemblies' references, so it is what the code does,
/// not what the project files say.
/// </summary>
internal static class ModuleGraph
{
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Build(IReadOnlyList<ModuleMap> modules)
    {
        var owner = modules
            .SelectMany(m => new[] { (m.PublicApi.GetName().Name!, m.Name), (m.Implementation.GetName().Name!, m.Name) })
            .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        return modules.ToDictionary(
            m => m.Name,
            m => (IReadOnlySet<string>)m.Implementation.GetReferencedAssemblies()
                .Select(a => owner.GetValueOrDefault(a.Name!))
                .OfType<string>()
                .Where(n => n != m.Name)
                .ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>One cycle as a path that ends where it starts (A → B → A), or null when the graph is acyclic.</summary>
    public static IReadOnlyList<string>? FindCycle(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start, graph, done, path) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static List<string>? Visit(string node, IReadOnlyDictionary<string, IReadOnlySet<string>> graph, HashSet<string> done, List<string> path)
    {
        if (path.IndexOf(node) is var onPath and >= 0)
        {
            return [.. path[onPath..], node];
        }

        if (!done.Add(node))
        {
            return null;
        }

        path.Add(node);
        foreach (var next in graph.GetValueOrDefault(node) ?? new HashSet<string>())
        {
            if (Visit(next, graph, done, path) is { } cycle)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        return null;
    }

    public static string Describe(IReadOnlyDictionary<string, IReadOnlySet<string>> graph) =>
        string.Join("; ", graph.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key} → {string.Join(", ", e.Value.Order(StringComparer.Ordinal))}"));
}
