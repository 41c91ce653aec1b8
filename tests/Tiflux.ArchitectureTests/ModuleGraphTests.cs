namespace Tiflux.ArchitectureTests;

/// <summary>Issue 17: no module cycles; reactions go through integration events or a caller that composes them.</summary>
public sealed class ModuleGraphTests
{
    [Fact]
    public void ModuleDependencyGraph_IsAcyclic()
    {
        var graph = ModuleGraph.Build(ModuleMap.All);

        Assert.Equal(ModuleMap.All.Count, graph.Count);
        Assert.NotEmpty(graph.Values.SelectMany(v => v));
        Rules.AssertAcyclic(graph);
    }

    /// <summary>The graph drawn in the README's module map; a new edge must be drawn there (and kept acyclic).</summary>
    [Fact]
    public void ModuleDependencyGraph_IsTheOneTheReadmeDraws()
    {
        var graph = ModuleGraph.Build(ModuleMap.All);

        Assert.Equal(
            "Billing → Contracts, Tickets; Contracts → ; Integrations → Billing, Contracts; " +
            "Notifications → Billing, Contracts, Reporting, Tickets; Reporting → Billing, Contracts, Tickets; Tickets → Contracts",
            ModuleGraph.Describe(graph));
    }
}
