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
}

/// <summary>Deliberately breaks the boundary rule: it reaches into the Tickets implementation.</summary>
internal static class DeliberateViolation
{
    public static void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
        Tickets.TicketsModule.AddTicketsModule(services);
}
