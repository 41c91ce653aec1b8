using NetArchTest.Rules;
using Xunit.Sdk;

namespace Tiflux.ArchitectureTests;

/// <summary>Proves the boundary rule catches a real violation, so its passing elsewhere means something.</summary>
public sealed class RuleSelfTests
{
    [Fact]
    public void BoundaryRule_OnATypeThatUsesAnotherModulesImplementation_Fails()
    {
        var offender = Types.InAssembly(typeof(RuleSelfTests).Assembly).That().HaveName(nameof(DeliberateViolation));
        var ticketsInternals = Rules.TypeNamesOf([typeof(Tickets.TicketsModule).Assembly]);

        var failure = Assert.Throws<TrueException>(() =>
            Rules.AssertNoDependencyOnTypes(offender, ticketsInternals, "deliberate"));

        Assert.Contains(nameof(DeliberateViolation), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BoundaryRule_OnAnEmptySelection_Fails()
    {
        var nothing = Types.InAssembly(typeof(RuleSelfTests).Assembly).That().HaveName("NoSuchType");

        Assert.ThrowsAny<XunitException>(() => Rules.AssertNoDependencyOnTypes(nothing, ["X"], "empty"));
    }

    [Fact]
    public void CycleFinder_OnASyntheticGraphWithACycle_ReportsIt()
    {
        var graph = Graph(("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"), ("E", "A"));

        var failure = Assert.Throws<TrueException>(() => Rules.AssertAcyclic(graph));

        Assert.Equal(["A", "B", "C", "A"], ModuleGraph.FindCycle(graph));
        Assert.Contains("A → B → C → A", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CycleFinder_OnALayeredGraph_FindsNone()
    {
        var graph = Graph(("Tickets", "Contracts"), ("Billing", "Tickets"), ("Billing", "Contracts"), ("Reporting", "Billing"), ("Notifications", "Reporting"));

        Assert.Null(ModuleGraph.FindCycle(graph));
        Rules.AssertAcyclic(graph);
    }

    [Fact]
    public void CycleFinder_OnASelfLoop_ReportsIt() =>
        Assert.Equal(["A", "A"], ModuleGraph.FindCycle(Graph(("A", "A"))));

    [Fact]
    public void PublicApiShapeRule_OnAServiceClass_Fails()
    {
        var failure = Assert.Throws<TrueException>(() =>
            Rules.AssertPublicApiShape([typeof(DeliberateRecord), typeof(DeliberateServiceClass), typeof(IDeliberatePort)], "deliberate"));

        Assert.Contains(nameof(DeliberateServiceClass), failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(DeliberateRecord), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicApiShapeRule_OnContractShapedTypes_Passes() =>
        Rules.AssertPublicApiShape(
            [typeof(DeliberateRecord), typeof(DeliberateRecordStruct), typeof(IDeliberatePort), typeof(DeliberateEnum), typeof(DeliberateException), typeof(DeliberateConstants)],
            "contract-shaped");

    [Fact]
    public void PublicApiShapeRule_OnAnEmptySelection_Fails() =>
        Assert.ThrowsAny<XunitException>(() => Rules.AssertPublicApiShape([], "empty"));

    private static Dictionary<string, IReadOnlySet<string>> Graph(params (string From, string To)[] edges) =>
        edges.SelectMany(e => new[] { e.From, e.To }).Distinct()
            .ToDictionary(n => n, n => (IReadOnlySet<string>)edges.Where(e => e.From == n).Select(e => e.To).ToHashSet());
}

/// <summary>Deliberately breaks the PublicApi shape rule: a class with behaviour that is not a record.</summary>
internal sealed class DeliberateServiceClass
{
    private int _calls;

    public int Count() => ++_calls;
}

internal sealed record DeliberateRecord(Guid Id, string Name);

internal readonly record struct DeliberateRecordStruct(int Value);

internal interface IDeliberatePort
{
    Task<string?> CheckAsync(Guid id, CancellationToken cancellationToken);
}

internal enum DeliberateEnum
{
    One = 1,
}

internal sealed class DeliberateException(string message) : Exception(message);

internal static class DeliberateConstants
{
    public const int Limit = 10;
}

/// <summary>Deliberately breaks the boundary rule: it reaches into the Tickets implementation.</summary>
internal static class DeliberateViolation
{
    public static void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
        Tickets.TicketsModule.AddTicketsModule(services);
}
