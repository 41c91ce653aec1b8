using Microsoft.Playwright;
using Tiflux.TestKit;
using BillingScenario = Tiflux.Web.Tests.Billing.BillingScenario;

namespace Tiflux.Web.Tests;

/// <summary>
/// The searchable client picker in the distro Chromium, under the app's Content-Security-Policy: typing without accents
/// or in another case finds the client, the list keeps pt-BR order, several clients are chosen without Ctrl+click.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class ClientPickerBrowserTests(AppFixture app)
{
    [Fact]
    public async Task PendingFilter_SearchIgnoresAccentsAndCase_KeepsServerOrder_AndSelectsSeveralClients()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new KestrelAppFactory(database, app.Factory.Services);
        var address = factory.Start();
        var (email, password) = await factory.CreateUserAsync(Groups.Finance);
        var pao = await BillingScenario.CreateAsync(factory.Services, "Pão");
        var otica = await BillingScenario.CreateAsync(factory.Services, "Ótica");
        var nordeste = await BillingScenario.CreateAsync(factory.Services, "Nordeste");

        await using var browser = await BrowserSession.StartAsync(address);
        var page = browser.Page;
        await browser.SignInAsync(email, password);
        await page.GotoAsync($"/faturamento?modo=base&data={BillingScenario.Iso(BillingScenario.Today)}&escopo=ambos");

        var picker = page.Locator("label:has(select[name=clientes]) .ts-wrapper");
        var input = picker.Locator(".ts-control input");
        var options = page.Locator(".ts-dropdown .option");
        await Assertions.Expect(input).ToHaveAttributeAsync("placeholder", "Buscar cliente…");

        // The whole list, unfiltered, in the server's pt-BR order.
        await input.ClickAsync();
        await Assertions.Expect(options).ToHaveTextAsync([nordeste.ClientName, otica.ClientName, pao.ClientName]);

        // No accent, other case: "otica" and "OTICA" find "Ótica …"; "pao" finds "Pão …".
        await input.FillAsync("otica");
        await Assertions.Expect(options).ToHaveTextAsync([otica.ClientName]);
        await input.FillAsync("OTICA");
        await Assertions.Expect(options).ToHaveTextAsync([otica.ClientName]);
        await input.PressAsync("Enter");
        await input.FillAsync("pao");
        await Assertions.Expect(options).ToHaveTextAsync([pao.ClientName]);
        await input.PressAsync("Enter");
        await input.FillAsync("xyzw");
        await Assertions.Expect(page.Locator(".ts-dropdown .no-results")).ToHaveTextAsync("Nenhum cliente encontrado");
        await input.FillAsync("");

        // Two clients chosen by typing, each with a remove button; "Exibir" shows exactly those, in order.
        await Assertions.Expect(picker.Locator(".item")).ToHaveCountAsync(2);
        await Assertions.Expect(picker.Locator(".item .remove").First).ToHaveAttributeAsync("title", "Remover");
        await page.GetByRole(AriaRole.Button, new() { Name = "Exibir" }).ClickAsync();
        await Assertions.Expect(page.Locator("#pendentes tbody tr")).ToHaveCountAsync(2);
        Assert.Equal(
            [otica.ClientId.ToString(), pao.ClientId.ToString()],
            await page.Locator("#pendentes tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.client)"));

        // The choice survives the round trip: the picker shows the two chosen clients again.
        await Assertions.Expect(page.Locator("label:has(select[name=clientes]) .ts-wrapper .item")).ToHaveCountAsync(2);
        Assert.Empty(browser.CspViolations);
        Assert.Empty(browser.PageErrors);
    }
}
