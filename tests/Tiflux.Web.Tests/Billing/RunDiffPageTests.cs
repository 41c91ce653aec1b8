namespace Tiflux.Web.Tests.Billing;

[Collection(AppTestGroup.Name)]
public sealed class RunDiffPageTests(AppFixture app)
{
    [Fact]
    public async Task DryRun_ShownTwice_SaysNothingChangedSinceTheFirstTime()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(TestKit.Groups.Finance);

        var first = await client.GetPageAsync("/faturamento/automatico?data=2026-06-17");
        var second = await client.GetPageAsync("/faturamento/automatico?data=2026-06-17");

        Assert.NotNull(first.QuerySelector("#run-diff"));
        Assert.Matches(@"^Nenhuma mudança desde \d\d/\d\d \d\d:\d\d\.$", second.QuerySelector("#run-diff-none")!.TextContent.Trim());
    }
}
