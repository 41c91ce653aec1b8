using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.Outbox;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Integrations.Charges;
using Tiflux.SharedKernel;
using Tiflux.TestKit;

namespace Tiflux.Integrations.Tests;

/// <summary>The real host (web role, Hangfire server off: the test runs the jobs) against the Asaas fake.</summary>
public sealed class WebFlowTests
{
    private sealed class Host(TestDatabase database, Uri asaas) : TifluxAppFactory(database, runJobs: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Integrations:AsaasSandboxUrl", asaas.ToString());
            builder.UseSetting("Integrations:TimeoutSeconds", "5");
        }
    }

    private static async Task<T> InAsync<T, TService>(Host host, Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static async Task RunJobsAsync(Host host, Guid billingId, bool cancel = false)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BillingOutboxJob>().RunAsync(default);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<ChargeJobs>();
            await (cancel ? jobs.CancelAsync(billingId, default) : jobs.CreateAsync(billingId, default));
        }
    }

    private static async Task<HttpStatusCode> PostWebhookAsync(HttpClient http, string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/integracoes/asaas/webhook", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Add("asaas-access-token", token);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task FinanceBills_SeesBoleto_ReversalDeletesCharge_WebhookMarksPaid_DuplicatesAndBadTokensChangeNothing()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new Host(database, asaas.BaseUrl);
        using var webhookClient = host.CreateClient();
        asaas.WebhookSender = (body, token) => PostWebhookAsync(webhookClient, body, token);

        using var admin = await host.SignInAsAdminAsync();
        using (var saved = await admin.SubmitFormAsync("/configuracoes/integracoes", new Dictionary<string, string>
        {
            ["Input.Provider"] = "Asaas",
            ["Input.AsaasEnvironment"] = "Sandbox",
            ["Input.AsaasBillingType"] = "Boleto",
            ["Input.AsaasApiKey"] = FakeAsaas.ApiKey,
            ["Input.AsaasWebhookToken"] = FakeAsaas.WebhookToken,
        }, "#integracoes"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var settingsPage = await admin.GetPageAsync("/configuracoes/integracoes");
        Assert.Equal("configurado", settingsPage.QuerySelector("#asaas-chave")!.TextContent);
        Assert.DoesNotContain(FakeAsaas.ApiKey, settingsPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeAsaas.WebhookToken, settingsPage.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var clientId = IntegrationWorld.Ok(await InAsync<Result<Guid>, IClientsAdministration>(host, c => c.CreateClientAsync(
            new SaveClientRequest("Padaria Pão Quente", "Padaria Pão Quente Ltda", IntegrationWorld.ClientTaxId, ["financeiro@padaria.example"], ClosingReportLayout.Detailed, ""), default)));
        var type = IntegrationWorld.Ok(await InAsync<Result<Guid>, IContractsAdministration>(host, a => a.CreateContractTypeAsync("Tipo Livre", ContractModality.Free, default)));
        var settings = new ContractSettingsRequest("Contrato Livre", BillingTiming.InArrears, 5, false, new DateOnly(2026, 2, 1), null, null, false, CycleAnchor.CalendarMonth,
            null, null, true, "", null, null, 0, 0, false, null, [], []);
        var terms = new RiderTermsRequest(new DateOnly(2026, 2, 1), null, 10, 0m, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], "") with { Value = 800m };
        IntegrationWorld.Ok(await InAsync<Result<Guid>, IContractsAdministration>(host, a => a.CreateContractAsync(new CreateContractRequest(clientId, type, settings, terms, "teste"), default)));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Task<Guid> BillAsync() => InAsync<Guid, IBillingWorkflow>(host, async b => IntegrationWorld.Ok(await b.CommitBillingAsync(new CommitBillingRequest(
            new BillingDraftRequest(clientId, new PendingRequest(today, null, [clientId], PendingScope.Both), [], true), null, today, today.AddDays(10), 0m, 0m, null, "Suporte mensal", [], "financeiro"), default)).Id);

        using var finance = await host.SignInAsNewUserAsync(Groups.Finance);

        // Faturar → the boleto link is on the billing page and in the history.
        var first = await BillAsync();
        await RunJobsAsync(host, first);
        var payment = Assert.Single(asaas.Payments.Values);
        var page = await finance.GetPageAsync($"/faturamento/{first}");
        Assert.Equal(payment.Str("bankSlipUrl"), page.QuerySelector("#boleto")!.GetAttribute("href"));
        Assert.Contains("Cobrança emitida", page.QuerySelector("#cobranca-situacao")!.TextContent, StringComparison.Ordinal);
        var history = await finance.GetPageAsync("/faturamento/historico");
        Assert.Equal(payment.Str("bankSlipUrl"), history.QuerySelector($"tr[data-id='{first}'] a.boleto")!.GetAttribute("href"));

        // Reversal of the unpaid billing deletes the charge.
        using (var reversed = await finance.SubmitFormAsync($"/faturamento/{first}", new Dictionary<string, string> { ["motivo"] = "Valor errado", ["confirmo"] = "true" }, "#estornar"))
        {
            Assert.Equal(HttpStatusCode.Redirect, reversed.StatusCode);
        }

        await RunJobsAsync(host, first, cancel: true);
        Assert.True(payment["deleted"]!.GetValue<bool>());
        Assert.Contains("Cancelada", (await finance.GetPageAsync($"/faturamento/{first}")).QuerySelector("#cobranca-situacao")!.TextContent, StringComparison.Ordinal);

        // Billed again; a webhook with a bad token is refused and changes nothing.
        var second = await BillAsync();
        await RunJobsAsync(host, second);
        var secondPayment = asaas.Payments.Values.Single(p => p.Str("externalReference") == "fat-" + second);
        secondPayment["status"] = "RECEIVED";
        secondPayment["paymentDate"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var forged = $$"""{"id":"evt_forged&1","event":"PAYMENT_RECEIVED","dateCreated":"2026-03-20 10:00:00","payment":{{secondPayment.ToJsonString()}}}""";
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWebhookAsync(webhookClient, forged, null));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWebhookAsync(webhookClient, forged, FakeAsaas.WebhookToken[..^1] + "x"));
        Assert.Equal(BillingState.Billed, (await InAsync<BillingDetailsDto?, IBillingWorkflow>(host, b => b.GetBillingAsync(second, default)))!.Summary.State);
        secondPayment["status"] = "PENDING";

        // The real confirmation: Asaas (the fake's sandbox action) posts PAYMENT_RECEIVED → Pago in the history.
        using (var confirm = new HttpRequestMessage(HttpMethod.Post, new Uri(asaas.BaseUrl, $"/v3/sandbox/payment/{secondPayment.Str("id")}/confirm")))
        {
            confirm.Headers.Add("access_token", FakeAsaas.ApiKey);
            confirm.Headers.UserAgent.ParseAdd("teste/1.0");
            using var http = new HttpClient();
            (await http.SendAsync(confirm)).EnsureSuccessStatusCode();
        }

        await asaas.DeliveriesAsync();
        history = await finance.GetPageAsync("/faturamento/historico");
        Assert.Equal("Pago", history.QuerySelector($"tr[data-id='{second}'] td.state")!.TextContent.Trim());

        // A duplicate delivery of the same event answers 200 and changes nothing.
        var eventId = asaas.EventId("PAYMENT_RECEIVED");
        using (var http = new HttpClient())
        using (var replay = await http.PostAsync(new Uri(asaas.BaseUrl, "/__fake/webhooks/replay/" + Uri.EscapeDataString(eventId)), null))
        {
            Assert.Contains("200", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var details = await InAsync<BillingDetailsDto?, IBillingWorkflow>(host, b => b.GetBillingAsync(second, default));
        Assert.Single(details!.Audit, a => a.Action == "Pago");
        Assert.Equal(1L, await database.ScalarAsync<long>($"SELECT count(*) FROM integrations.webhook_events WHERE id = '{eventId}'"));

        // A paid billing is not reversed silently.
        using (var refused = await finance.SubmitFormAsync($"/faturamento/{second}", new Dictionary<string, string> { ["motivo"] = "Desistiu", ["confirmo"] = "true" }, "#estornar"))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("já foi pago", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(BillingState.Paid, (await InAsync<BillingDetailsDto?, IBillingWorkflow>(host, b => b.GetBillingAsync(second, default)))!.Summary.State);
    }
}
