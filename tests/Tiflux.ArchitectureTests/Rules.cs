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
}
