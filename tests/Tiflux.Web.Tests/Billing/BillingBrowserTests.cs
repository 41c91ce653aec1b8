using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tiflux.TestKit;

namespace Tiflux.Web.Tests.Billing;

/// <summary>
/// The whole billing flow clicked in the distro Chromium against a real Kestrel host (its own database, Hangfire's server
/// off: the collection's fixture is this process's only Hangfire-enabled host).
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed partial class BillingBrowserTests(AppFixture app)
{
    [Fact]
    public async Task FinanceUser_BillsPartWithDiscountAndInterest_SeesItInHistory_ReversesIt_AndBillsAgain()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new KestrelAppFactory(database, app.Factory.Services);
        var address = factory.Start();
        var (email, password) = await factory.CreateUserAsync(Groups.Finance);
        var scenario = await BillingScenario.CreateAsync(factory.Services, "Navegador");
        var pending = await scenario.PendingAsync();
        var cycle = pending.First(l => l.IsContractLine);
        var entry = pending.First(l => l.Billable && !l.IsContractLine);
        var selected = pending.Where(l => l.GroupKey == cycle.GroupKey || l.GroupKey == entry.GroupKey).Sum(l => l.Amount);
        var everything = pending.Where(l => l.Billable).Sum(l => l.Amount);
        var realValue = selected - 50.25m + 10.10m;

        await using var browser = await BrowserSession.StartAsync(address);
        var page = browser.Page;
        // Every page below runs under the app's Content-Security-Policy; a blocked script or style shows up in the session.
        await browser.SignInAsync(email, password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Faturamento", Exact = true }).ClickAsync();

        // Filter pending billing for the client and open its billing screen.
        await ShowPendingAsync(page, scenario);
        var row = page.Locator($"#pendentes tr[data-client='{scenario.ClientId}']");
        await Assertions.Expect(row.Locator(".total")).ToHaveTextAsync(BillingScenario.Money(everything));
        await row.GetByRole(AriaRole.Link, new() { Name = "Faturar" }).ClickAsync();

        // Partial billing with discount and interest.
        await BillSelectionAsync(page, cycle.GroupKey, entry.GroupKey, selected, realValue);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/faturamento/[0-9a-f-]{36}$"));
        var flash = await page.Locator(".flash").TextContentAsync();
        var first = int.Parse(FlashNumber().Match(flash!).Groups[1].Value, CultureInfo.InvariantCulture);
        await page.GetByRole(AriaRole.Link, new() { Name = "Histórico de faturamentos" }).ClickAsync();
        var firstRow = page.Locator($"#historico tr[data-number='{first}']");
        await Assertions.Expect(firstRow.Locator(".real-value")).ToHaveTextAsync(BillingScenario.Money(realValue));
        await Assertions.Expect(firstRow.Locator(".state")).ToHaveTextAsync("Faturado");

        // What is left pending is the rest.
        await page.GetByRole(AriaRole.Link, new() { Name = "Faturamentos pendentes" }).ClickAsync();
        await ShowPendingAsync(page, scenario);
        await Assertions.Expect(row.Locator(".total")).ToHaveTextAsync(BillingScenario.Money(everything - selected));

        // Reverse it from its page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Histórico de faturamentos" }).ClickAsync();
        await page.Locator($"#historico tr[data-number='{first}']").GetByRole(AriaRole.Link, new() { Name = first.ToString(CultureInfo.InvariantCulture) }).ClickAsync();
        await Assertions.Expect(page.Locator("#valor-real")).ToHaveTextAsync(BillingScenario.Money(realValue));
        await page.GetByLabel("Motivo do estorno").FillAsync("Desconto combinado errado");
        await page.GetByLabel("Confirmo o estorno").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Estornar" }).ClickAsync();
        await Assertions.Expect(page.Locator("#situacao")).ToHaveTextAsync("Estornado");
        await Assertions.Expect(page.Locator("#motivo-estorno")).ToHaveTextAsync("Desconto combinado errado");

        // Everything is pending again, with the same total; bill the same selection again.
        await page.GetByRole(AriaRole.Link, new() { Name = "Faturamentos pendentes" }).ClickAsync();
        await ShowPendingAsync(page, scenario);
        await Assertions.Expect(row.Locator(".total")).ToHaveTextAsync(BillingScenario.Money(everything));
        await row.GetByRole(AriaRole.Link, new() { Name = "Faturar" }).ClickAsync();
        await BillSelectionAsync(page, cycle.GroupKey, entry.GroupKey, selected, realValue);
        await Assertions.Expect(page.Locator(".flash")).ToHaveTextAsync($"Faturamento nº {first + 1} criado.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Histórico de faturamentos" }).ClickAsync();

        // History by client: the reversed one stays, out of the totals.
        await page.GetByLabel("Cliente").SelectOptionAsync(scenario.ClientId.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrar" }).ClickAsync();
        await Assertions.Expect(page.Locator("#historico tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator($"#historico tr[data-number='{first}'] .state")).ToHaveTextAsync("Estornado");
        await Assertions.Expect(page.Locator($"#historico tr[data-number='{first + 1}'] .real-value")).ToHaveTextAsync(BillingScenario.Money(realValue));
        await Assertions.Expect(page.Locator("#total-historico")).ToHaveTextAsync(BillingScenario.Money(realValue));

        // New contract: its script (wwwroot/js, allowed by the CSP) shows only the chosen modality's fieldsets.
        await page.GotoAsync("/contratos/novo");
        var forFree = page.Locator("[data-modalities~='Free']").First;
        var hoursOnly = page.Locator("fieldset[data-modalities='Hours CumulativeHours']");
        await Assertions.Expect(forFree).ToBeHiddenAsync();
        var freeType = await page.Locator("select[data-modality-source] option[data-modality='Free']").First.GetAttributeAsync("value");
        await page.Locator("select[data-modality-source]").SelectOptionAsync(freeType!);
        await Assertions.Expect(forFree).ToBeVisibleAsync();
        await Assertions.Expect(hoursOnly).ToBeHiddenAsync();
        Assert.Empty(browser.CspViolations);
    }

    private static async Task ShowPendingAsync(IPage page, BillingScenario scenario)
    {
        await page.GetByLabel("Data base").CheckAsync();
        await page.Locator("select[name=clientes]").SelectOptionAsync(scenario.ClientId.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Exibir" }).ClickAsync();
    }

    private static async Task BillSelectionAsync(IPage page, string cycleGroup, string entryGroup, decimal selected, decimal realValue)
    {
        await page.Locator($"input[name=grupos][value='{cycleGroup}']").CheckAsync();
        await page.Locator($"input[name=grupos][value='{entryGroup}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Faturar selecionados" }).ClickAsync();
        await Assertions.Expect(page.Locator("#total-itens")).ToHaveTextAsync(BillingScenario.Money(selected));
        await Assertions.Expect(page.Locator("#valor-real")).ToHaveTextAsync(BillingScenario.Money(selected));
        await page.GetByLabel("Valor desconto").FillAsync("50,25");
        await page.GetByLabel("Valor juros").FillAsync("10,10");
        await Assertions.Expect(page.Locator("#valor-real")).ToHaveTextAsync(BillingScenario.Money(realValue));
        await page.GetByLabel("Número NFe").FillAsync("NF-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Faturar", Exact = true }).ClickAsync();
    }

    [GeneratedRegex(@"nº (\d+)")]
    private static partial Regex FlashNumber();
}
