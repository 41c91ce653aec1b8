using Microsoft.Playwright;
using Tiflux.TestKit;

namespace Tiflux.Web.Tests.Portal;

/// <summary>
/// The consumption chart in the distro Chromium under the app's Content-Security-Policy: Chart.js (vendored) draws one
/// chart per contract from the canvas's data, with no CSP violation and no script error.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class ConsumptionChartBrowserTests(AppFixture app)
{
    [Fact]
    public async Task StaffChart_IsDrawnByChartJs_UnderTheCsp()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new KestrelAppFactory(database, app.Factory.Services);
        var address = factory.Start();
        var (email, password) = await factory.CreateUserAsync(Groups.Finance);
        var scenario = await ReportsScenario.CreateAsync(factory.Services);

        await using var browser = await BrowserSession.StartAsync(address);
        var page = browser.Page;
        await browser.SignInAsync(email, password);
        await page.GotoAsync($"/relatorios/grafico-consumo-contrato?clientes={scenario.ClientId}&exibir=1");

        var canvases = page.Locator("canvas[data-consumption-chart]");
        await Assertions.Expect(canvases).ToHaveCountAsync(2);
        var drawn = await canvases.EvaluateAllAsync<int[]>(
            "cs => cs.map(c => { const chart = Chart.getChart(c); return chart ? chart.data.datasets.length : 0; })");
        Assert.Equal([2, 2], drawn);
        Assert.Empty(browser.CspViolations);
        Assert.Empty(browser.PageErrors);
    }
}
