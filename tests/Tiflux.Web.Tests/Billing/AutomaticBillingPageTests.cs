using System.Net;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Billing;

[Collection(AppTestGroup.Name)]
public sealed class AutomaticBillingPageTests(AppFixture app)
{
    [Fact]
    public async Task DryRunPage_ForFinance_ShowsTheSimulationForTheChosenDate()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        var page = await client.GetPageAsync("/faturamento/automatico?data=2026-04-20");

        Assert.Contains("Simulação (nada é gravado)", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-04-20", page.QuerySelector("input[name=data]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("form[action*='handler=Run']"));
    }

    [Fact]
    public async Task RunNow_ByAdmin_StartsARunTheWorkersFinish_ButFinanceMayNotRun()
    {
        using var admin = await app.Factory.SignInAsAdminAsync();
        using var finance = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var financePage = await finance.GetPageAsync("/faturamento/automatico");
        var token = financePage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var run = await admin.SubmitFormAsync("/faturamento/automatico?data=2026-04-20", new Dictionary<string, string>(), "form[action*='handler=Run']");
        var after = await admin.GetPageAsync(run.Headers.Location!.OriginalString);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var forbidden = await finance.Http.PostAsync(new Uri("/faturamento/automatico?handler=Run", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        Assert.StartsWith("Execução iniciada:", after.QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        // The host's Hangfire workers plan and bill it; the history shows it finished with all its batches.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var history = await admin.GetPageAsync("/faturamento/automatico?data=2026-04-20");
            var row = history.QuerySelectorAll("tr").FirstOrDefault(r => r.TextContent.Contains("20/04/2026", StringComparison.Ordinal) && r.TextContent.Contains("Manual", StringComparison.Ordinal));
            if (row is not null && !row.TextContent.Contains("em andamento", StringComparison.Ordinal))
            {
                var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
                Assert.Matches(@"^(\d+) de \1$", cells[2]);
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, "The run did not finish in 60 s: " + row?.TextContent);
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task Page_ForTechnician_IsForbidden()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Technician);

        using var response = await client.GetAsync("/faturamento/automatico");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
