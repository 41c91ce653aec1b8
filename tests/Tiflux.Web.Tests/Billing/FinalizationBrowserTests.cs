using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using netDumbster.smtp;
using Tiflux.Billing.Outbox;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;

namespace Tiflux.Web.Tests.Billing;

/// <summary>
/// Issue 18's flow clicked in Chromium: find the client with the searchable picker (typed without accents), preview the
/// closing report, bill with "Enviar PDF por e-mail", and follow the e-mail from "Na fila" to "Enviado" on the billing page.
/// The host runs no Hangfire server, so the test runs the outbox and e-mail jobs itself when the app would.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed partial class FinalizationBrowserTests(AppFixture app)
{
    [Fact]
    public async Task FinanceUser_FindsTheClient_PreviewsTheReport_BillsWithEmail_AndSeesTheEmailSent()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new KestrelAppFactory(database, app.Factory.Services);
        var address = factory.Start();
        var (email, password) = await factory.CreateUserAsync(Groups.Finance);
        var scenario = await BillingScenario.CreateAsync(factory.Services, "Ótica Visão");
        var total = (await scenario.PendingAsync()).Where(l => l.Billable).Sum(l => l.Amount);
        var smtpPort = FreePort();
        await InScopeAsync(factory, (IEmailSettings s) => s.SaveAsync(
            new SaveSmtpSettingsRequest("127.0.0.1", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), SmtpSecurityMode.None, "Financeiro", "financeiro@msp.example", null, null, "teste"),
            default));

        await using var browser = await BrowserSession.StartAsync(address);
        var page = browser.Page;
        await browser.SignInAsync(email, password);
        await page.GotoAsync("/faturamento");

        // The picker: typed without accent or capitals, the client is found and chosen.
        await page.GetByLabel("Data base").CheckAsync();
        var picker = page.Locator("label:has(select[name=clientes]) .ts-wrapper");
        await picker.Locator(".ts-control input").FillAsync("otica visao " + scenario.ClientName[^8..]);
        await Assertions.Expect(page.Locator(".ts-dropdown .option")).ToHaveTextAsync([scenario.ClientName]);
        await picker.Locator(".ts-control input").PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Exibir" }).ClickAsync();
        var row = page.Locator($"#pendentes tr[data-client='{scenario.ClientId}']");
        await Assertions.Expect(row.Locator(".total")).ToHaveTextAsync(BillingScenario.Money(total));
        await row.GetByRole(AriaRole.Link, new() { Name = "Faturar" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Faturar tudo" }).ClickAsync();

        // The preview, in the synthetic layout, with an NFe typed but not yet billed.
        await page.GetByLabel("Número NFe").FillAsync("NF-NAVEGADOR-1");
        await page.GetByLabel("Modelo da prévia").SelectOptionAsync("sintetico");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Baixar prévia (PDF)" }).ClickAsync());
        Assert.Equal("previa-sintetico.pdf", download.SuggestedFilename);
        var previewText = PdfWords.Squashed(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Contains("PRÉVIA—nãofaturado", previewText, StringComparison.Ordinal);
        Assert.Contains("NF-NAVEGADOR-1", previewText, StringComparison.Ordinal);
        Assert.Empty((await scenario.HistoryAsync()).Page.Items);

        // Bill with the e-mail: the billing's page opens and its e-mail is queued.
        await page.GetByLabel("Enviar PDF por e-mail ao faturar").CheckAsync();
        await page.GetByLabel("Destinatários").FillAsync("contas@otica.example");
        await page.GetByLabel("Modelo do relatório").SelectOptionAsync("apontamentos");
        await page.GetByRole(AriaRole.Button, new() { Name = "Faturar", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/faturamento/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("fila de e-mails");
        await InScopeAsync(factory, (BillingOutboxJob job) => job.RunAsync(default));
        await page.ReloadAsync();
        var sent = page.Locator("#emails tr.email");
        await Assertions.Expect(sent).ToHaveCountAsync(1);
        await Assertions.Expect(sent.Locator(".recipients")).ToContainTextAsync("contas@otica.example");
        await Assertions.Expect(sent.Locator(".state")).ToHaveTextAsync("Na fila");

        // The e-mail job delivers it; the billing page says so.
        using (var server = SimpleSmtpServer.Start(smtpPort))
        {
            var messageId = Guid.Parse((await sent.GetAttributeAsync("data-id"))!);
            await InScopeAsync(factory, (SendEmailJob job) => job.RunAsync(messageId, default));
            var received = Assert.Single(server.ReceivedEmail);
            Assert.Equal("contas@otica.example", Assert.Single(received.ToAddresses).Address);
        }

        await page.ReloadAsync();
        await Assertions.Expect(sent.Locator(".state")).ToHaveTextAsync(new Regex("^Enviado em \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$"));
        Assert.Empty(browser.CspViolations);
        Assert.Empty(browser.PageErrors);
    }

    private static async Task InScopeAsync<T>(KestrelAppFactory factory, Func<T, Task> action)
        where T : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    private static async Task InScopeAsync<T>(KestrelAppFactory factory, Func<T, Task<Result>> action)
        where T : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await action(scope.ServiceProvider.GetRequiredService<T>());
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
