using NetArchTest.Rules;

namespace Tiflux.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(ModuleMap.Names), MemberType = typeof(ModuleMap))]
    public void Implementation_DependsOnNoOtherModuleImplementation(string name)
    {
        var module = ModuleMap.Named(name);
        var others = ModuleMap.All.Where(m => m != module).Select(m => m.Implementation);

        Rules.AssertNoDependencyOnTypes(
            Types.InAssembly(module.Implementation).That().ResideInNamespaceStartingWith("Tiflux."),
            Rules.TypeNamesOf(others),
            $"{name} uses another module's internals");
    }

    [Theory]
    [MemberData(nameof(ModuleMap.Names), MemberType = typeof(ModuleMap))]
    public void PublicApi_DependsOnlyOnSharedKernelAndTheBaseLibrary(string name)
    {
        var module = ModuleMap.Named(name);
        var subject = Types.InAssembly(module.PublicApi).That().ResideInNamespaceStartingWith("Tiflux.");

        Assert.NotEmpty(subject.GetTypes());
        var result = subject.Should()
            .OnlyHaveDependenciesOn("System", "Tiflux.SharedKernel", $"Tiflux.{name}.PublicApi")
            .GetResult();
        Assert.True(result.IsSuccessful, $"{name}.PublicApi leaks: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(ModuleMap.Names), MemberType = typeof(ModuleMap))]
    public void PublicApi_UsesNoInfrastructureLibrary(string name)
    {
        Rules.AssertNoDependencyOnNamespaces(
            Types.InAssembly(ModuleMap.Named(name).PublicApi).That().ResideInNamespaceStartingWith("Tiflux."),
            ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire", "Npgsql", "PuppeteerSharp", "MailKit", "MimeKit", "Scriban"],
            $"{name}.PublicApi uses infrastructure");
    }

    [Theory]
    [MemberData(nameof(ModuleMap.Names), MemberType = typeof(ModuleMap))]
    public void Implementation_ExposesOnlyItsStaticModuleClass(string name)
    {
        var module = ModuleMap.Named(name);

        var publicTypes = Types.InAssembly(module.Implementation)
            .That().ArePublic()
            .And().DoNotInherit(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration))
            .And().DoNotHaveNameEndingWith("ModelSnapshot")
            .GetTypes()
            .ToList();

        var only = Assert.Single(publicTypes);
        Assert.Equal($"{name}Module", only.Name);
        Assert.True(only.IsAbstract && only.IsSealed, $"{only.Name} must be static");
    }

    [Theory]
    [MemberData(nameof(ModuleMap.Names), MemberType = typeof(ModuleMap))]
    public void PublicApi_HoldsContractsOnly_NoServiceClasses(string name) =>
        Rules.AssertPublicApiShape(
            Types.InAssembly(ModuleMap.Named(name).PublicApi).That().ResideInNamespaceStartingWith("Tiflux.").GetTypes()
                .Where(t => !t.Name.StartsWith('<')).ToList(),
            $"{name}.PublicApi holds a service class");

    [Theory]
    [InlineData("Reporting", "PuppeteerSharp")]
    [InlineData("Notifications", "MailKit")]
    [InlineData("Notifications", "MimeKit")]
    public void HeavyLibrary_IsUsedOnlyByItsOwningModule(string owner, string library)
    {
        foreach (var module in ModuleMap.All.Where(m => m.Name != owner))
        {
            Rules.AssertNoDependencyOnNamespaces(
                Types.InAssembly(module.Implementation).That().ResideInNamespaceStartingWith("Tiflux."),
                [library],
                $"{module.Name} uses {library}, which belongs to {owner}");
        }
    }

    /// <summary>
    /// Scriban belongs to the building blocks (<c>Templating/EmbeddedTemplates</c>); Reporting (documents) and
    /// Notifications (e-mails) keep their own templates and reach the engine only through that loader.
    /// </summary>
    [Fact]
    public void Scriban_IsUsedOnlyThroughTheBuildingBlocksTemplateLoader()
    {
        var buildingBlocks = typeof(BuildingBlocks.Templating.EmbeddedTemplates).Assembly;
        Assert.NotEmpty(Types.InAssembly(buildingBlocks).That().HaveDependencyOn("Scriban").GetTypes());
        foreach (var module in ModuleMap.All)
        {
            Rules.AssertNoDependencyOnNamespaces(
                Types.InAssembly(module.Implementation).That().ResideInNamespaceStartingWith("Tiflux."),
                ["Scriban"],
                $"{module.Name} uses Scriban directly instead of BuildingBlocks.Templating");
        }
    }

    [Theory]
    [MemberData(nameof(ModuleMap.Names), MemberType = typeof(ModuleMap))]
    public void Implementation_NeverRunsHangfireServerOrStorage(string name) =>
        Rules.AssertNoDependencyOnNamespaces(
            Types.InAssembly(ModuleMap.Named(name).Implementation).That().ResideInNamespaceStartingWith("Tiflux."),
            ["Hangfire.PostgreSql", "Hangfire.BackgroundJobServer"],
            $"{name} touches Hangfire's server or storage");

    [Fact]
    public void Api_UsesOnlyPublicApisAndNotTheWebHost()
    {
        var assemblies = ModuleMap.All.Select(m => m.Implementation).Append(typeof(Web.Identity.TifluxUser).Assembly);
        string[] forbidden = [.. Rules.TypeNamesOf(assemblies).Where(n => n.StartsWith("Tiflux.", StringComparison.Ordinal))];

        Rules.AssertNoDependencyOnTypes(
            Types.InAssembly(typeof(Api.ApiV2).Assembly).That().ResideInNamespaceStartingWith("Tiflux."),
            forbidden,
            "the API uses a module's internals or the web host");
    }

    [Fact]
    public void SharedKernelAndBuildingBlocks_DependOnNoModule()
    {
        var modules = ModuleMap.All.SelectMany(m => new[] { m.PublicApi, m.Implementation });

        Rules.AssertNoDependencyOnTypes(
            Types.InAssemblies([typeof(SharedKernel.Result).Assembly, typeof(BuildingBlocks.Outbox.OutboxMessage).Assembly])
                .That().ResideInNamespaceStartingWith("Tiflux."),
            Rules.TypeNamesOf(modules),
            "shared code depends on a module");
    }
}
