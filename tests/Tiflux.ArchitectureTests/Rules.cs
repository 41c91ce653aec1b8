using System.Reflection;
using NetArchTest.Rules;

namespace Tiflux.ArchitectureTests;

/// <summary>The rules as functions, so the deliberate-violation test runs exactly the code the real tests run.</summary>
internal static class Rules
{
    public static string[] TypeNamesOf(IEnumerable<Assembly> assemblies) =>
        [.. assemblies.SelectMany(a => Types.InAssembly(a).GetTypes()).Select(t => t.FullName!).Where(n => !n.StartsWith('<'))];

    /// <summary>Fails with the offending type names when any subject type uses one of <paramref name="forbiddenTypeNames"/>.</summary>
    public static void AssertNoDependencyOnTypes(PredicateList subject, string[] forbiddenTypeNames, string rule)
    {
        Assert.NotEmpty(subject.GetTypes());
        Assert.NotEmpty(forbiddenTypeNames);
        var result = subject.Should().NotHaveDependencyOnAny(forbiddenTypeNames).GetResult();
        Assert.True(result.IsSuccessful, $"{rule}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    public static void AssertNoDependencyOnNamespaces(PredicateList subject, string[] forbiddenNamespaces, string rule)
    {
        Assert.NotEmpty(subject.GetTypes());
        var result = subject.Should().NotHaveDependencyOnAny(forbiddenNamespaces).GetResult();
        Assert.True(result.IsSuccessful, $"{rule}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    /// <summary>Fails with one cycle of the graph (A → B → A) when it has any.</summary>
    public static void AssertAcyclic(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
    {
        var cycle = ModuleGraph.FindCycle(graph);
        Assert.True(cycle is null, $"module dependency cycle: {string.Join(" → ", cycle ?? [])} (graph: {ModuleGraph.Describe(graph)})");
    }

    /// <summary>
    /// A PublicApi is a contract, not a place for behaviour: it may hold interfaces, records, enums, exceptions and
    /// static classes (constants, pure helpers). A non-record class with instance methods is a service in disguise.
    /// </summary>
    public static void AssertPublicApiShape(IReadOnlyList<Type> subject, string rule)
    {
        Assert.NotEmpty(subject);
        var services = subject.Where(t => !IsApiShaped(t)).Select(t => t.FullName).ToList();
        Assert.True(services.Count == 0, $"{rule}: {string.Join(", ", services)}");
    }

    private static bool IsApiShaped(Type type) =>
        type.IsInterface
        || type.IsEnum
        || typeof(Exception).IsAssignableFrom(type)
        || (type.IsAbstract && type.IsSealed)
        || IsRecord(type);

    // The compiler gives every record (class or struct) a PrintMembers method; nothing else has one by accident.
    private static bool IsRecord(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, [typeof(System.Text.StringBuilder)]) is not null;
}
