using NetArchTest.Rules;
using Xunit.Sdk;

namespace Tiflux.ArchitectureTests;

/// <summary>
/// The host only translates: it shows and reads what the modules decide. These rules fail when a page or an API
/// endpoint grows a copy of a rule back (docs/decisions/0015-rule-homes.md lists each rule's one home).
/// </summary>
public sealed class HostRuleTests
{
    /// <summary>The folders under Pages that hold one area each (Shared is for all of them).</summary>
    private static string[] Areas { get; } =
        [.. Directory.GetDirectories(Path.Combine(RepoSources.Root, "Host", "Tiflux.Web", "Pages"))
            .Select(d => Path.GetFileName(d)).Where(a => a is not "Shared")];

    public static TheoryData<string> PageAreas => [.. Areas];

    [Fact]
    public void HostSources_DecideNoRuleAModuleOwns()
    {
        var files = RepoSources.Files("Host", ".cs", ".cshtml");
        Assert.True(files.Count > 100, $"only {files.Count} host files found");

        var violations = files
            .SelectMany(f => HostRuleScan.Violations(File.ReadAllText(f)).Select(v => $"{Path.GetRelativePath(RepoSources.Root, f)}:{v}"))
            .ToList();

        Assert.True(violations.Count == 0, "The host decides a module's rule:\n" + string.Join('\n', violations));
    }

    [Theory]
    [InlineData("var zone = TimeZoneInfo.FindSystemTimeZoneById(\"America/Sao_Paulo\");")]
    [InlineData("var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);")]
    [InlineData("at.ToOffset(TimeSpan.FromHours(-3))")]
    [InlineData("value.ToString(\"C2\", culture)")]
    [InlineData("$\"{minutes / 60:00}:{minutes % 60:00}\"")]
    [InlineData("if (m is ContractModality.Hours or ContractModality.CumulativeHours)")]
    [InlineData("rider.Modality == ContractModality.SaasProduct")]
    [InlineData("var value = items.Sum(i => i.Total); var total = rider.Items.Sum(i => i.Total);")]
    [InlineData("text.Replace(\"R$\", \"\")")]
    public void RuleScan_CatchesADeliberateCopy(string copy) =>
        Assert.NotEmpty(HostRuleScan.Violations(copy));

    [Fact]
    public void RuleScan_LeavesTranslationAlone() =>
        Assert.Empty(HostRuleScan.Violations("<td>@PtBr.Money(line.Amount)</td> @PtBr.Hhmm(e.Minutes) terms.Modality.UsesHours()"));

    [Theory]
    [MemberData(nameof(PageAreas))]
    public void PagesOfOneArea_DoNotReachIntoAnotherArea(string area)
    {
        var others = Areas.Where(a => a != area).Select(a => $"Tiflux.Web.Pages.{a}.").ToArray();

        AssertNoDependencyOnAreas(Types.InAssembly(typeof(Web.Pages.IndexModel).Assembly).That().ResideInNamespace($"Tiflux.Web.Pages.{area}"), others, area);
    }

    [Fact]
    public void AreaRule_OnAPageThatUsesAnotherArea_Fails()
    {
        var offender = Types.InAssembly(typeof(HostRuleTests).Assembly).That().HaveName(nameof(DeliberateAreaViolation));

        var failure = Assert.Throws<TrueException>(() => AssertNoDependencyOnAreas(offender, ["Tiflux.Web.Pages.Billing."], "deliberate"));

        Assert.Contains(nameof(DeliberateAreaViolation), failure.Message, StringComparison.Ordinal);
    }

    private static void AssertNoDependencyOnAreas(PredicateList subject, string[] otherAreas, string area)
    {
        Assert.NotEmpty(subject.GetTypes());
        var forbidden = Types.InAssembly(typeof(Web.Pages.IndexModel).Assembly).GetTypes()
            .Select(t => t.FullName!).Where(n => otherAreas.Any(a => n.StartsWith(a, StringComparison.Ordinal))).ToArray();
        Assert.NotEmpty(forbidden);
        var result = subject.Should().NotHaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, $"Pages of {area} use another area's code: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}

/// <summary>Deliberately breaks the area rule: a page model outside Billing using a Billing page's code.</summary>
internal static class DeliberateAreaViolation
{
    public static string Describe(Web.Pages.Billing.PendingFilters filters) => filters.Description;
}
