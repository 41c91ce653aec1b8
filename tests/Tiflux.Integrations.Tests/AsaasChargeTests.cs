using Hangfire.States;
using Tiflux.Billing.PublicApi;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations.Tests;

public sealed class AsaasChargeTests
{
    [Fact]
    public async Task BilledClient_GetsCustomerAndBoletoCharge_StoredOnTheBilling()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(asaas.BaseUrl);
        await world.ConfigureAsaasAsync(AsaasBillingType.Boleto);

        var billingId = await world.BillAsync();
        Assert.Empty(asaas.Journal); // nothing is pushed before the outbox delivers the committed billing
        await world.DeliverOutboxAsync();
        var pending = await world.ChargeAsync(billingId);
        Assert.Equal(ChargeStatus.Pending, pending!.Status);
        Assert.Single(world.ChargeJobsFor("CreateAsync"));
        Assert.Empty(asaas.Journal); // the dispatcher only enqueued the job

        await world.RunChargeJobAsync(billingId);

        var customer = Assert.Single(asaas.Customers.Values);
        Assert.Equal("11444777000161", customer.Str("cpfCnpj"));
        var payment = Assert.Single(asaas.Payments.Values);
        Assert.Equal("fat-" + billingId, payment.Str("externalReference"));
        Assert.Equal("BOLETO", payment.Str("billingType"));
        Assert.Equal(800m, payment["value"]!.GetValue<decimal>());
        Assert.Equal("2026-03-25", payment.Str("dueDate"));
        Assert.Equal("Suporte mensal", payment.Str("description"));
        var charge = await world.ChargeAsync(billingId);
        Assert.Equal(ChargeStatus.Created, charge!.Status);
        Assert.Equal(payment.Str("id"), charge.ExternalId);
        Assert.Equal(payment.Str("bankSlipUrl"), charge.BankSlipUrl);
        Assert.Equal(payment.Str("invoiceUrl"), charge.InvoiceUrl);
        Assert.Null(charge.LastError);

        // Delivered again (at least once) and the job retried: still one customer and one charge.
        await world.RunChargeJobAsync(billingId);
        Assert.Single(asaas.Payments);
    }

    [Fact]
    public async Task FirstAttemptTimesOutAfterTheServerCreatedTheCharge_RetryReusesIt()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(asaas.BaseUrl, timeoutSeconds: 1);
        await world.ConfigureAsaasAsync(AsaasBillingType.Pix);
        var billingId = await world.BillAsync();
        await world.DeliverOutboxAsync();
        asaas.CreateThenDelay = TimeSpan.FromSeconds(3);

        await Assert.ThrowsAnyAsync<Exception>(() => world.RunChargeJobAsync(billingId)); // Hangfire retries a thrown job
        var failed = await world.ChargeAsync(billingId);
        Assert.Equal(ChargeStatus.Pending, failed!.Status);
        Assert.Contains("tempo esgotado", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(1, failed.Attempts);
        Assert.Single(asaas.Payments); // the server did create it

        await world.RunChargeJobAsync(billingId);

        Assert.Single(asaas.Customers);
        var payment = Assert.Single(asaas.Payments.Values);
        Assert.Equal(2, asaas.Journal.Count(j => j.StartsWith("GET /v3/payments?externalReference=", StringComparison.Ordinal)));
        Assert.Equal(1, asaas.Journal.Count(j => j == "POST /v3/payments"));
        var charge = await world.ChargeAsync(billingId);
        Assert.Equal(ChargeStatus.Created, charge!.Status);
        Assert.Equal(payment.Str("id"), charge.ExternalId);
        Assert.Equal("00020101021226" + payment.Str("id"), charge.PixCode);
        Assert.Null(charge.LastError);
    }

    [Fact]
    public async Task RateLimited_IsScheduledAgainAfterTheAnnouncedReset_ThenCreated()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(asaas.BaseUrl);
        await world.ConfigureAsaasAsync();
        var billingId = await world.BillAsync();
        await world.DeliverOutboxAsync();
        asaas.RateLimitNext = 1;

        await world.RunChargeJobAsync(billingId); // no throw: 429 is not hammered by Hangfire's immediate retries

        var limited = await world.ChargeAsync(billingId);
        Assert.Equal(ChargeStatus.Pending, limited!.Status);
        Assert.Contains("429", limited.LastError, StringComparison.Ordinal);
        Assert.Empty(asaas.Payments);
        var scheduled = world.ChargeJobsFor("CreateAsync").Select(j => j.State).OfType<ScheduledState>().Single();
        Assert.InRange(scheduled.EnqueueAt - DateTime.UtcNow, TimeSpan.FromSeconds(35), TimeSpan.FromSeconds(43));
        var failures = await world.In<IIntegrationsModule, IReadOnlyList<ChargeDto>>(i => i.ListFailuresAsync(default));
        Assert.Contains(failures, f => f.BillingId == billingId);

        await world.RunChargeJobAsync(billingId);

        Assert.Single(asaas.Payments);
        Assert.Equal(ChargeStatus.Created, (await world.ChargeAsync(billingId))!.Status);
    }

    [Fact]
    public async Task ReversalOfUnpaidBilling_DeletesTheCharge()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(asaas.BaseUrl);
        await world.ConfigureAsaasAsync();
        var billingId = await world.BillAsync();
        await world.DeliverOutboxAsync();
        await world.RunChargeJobAsync(billingId);

        IntegrationWorld.Ok(await world.In<IBillingWorkflow, Result>(b => b.ReverseBillingAsync(billingId, "Valor errado", "financeiro", default)));
        await world.DeliverOutboxAsync();
        Assert.Equal(ChargeStatus.Cancelling, (await world.ChargeAsync(billingId))!.Status);
        await world.RunChargeJobAsync(billingId, cancel: true);

        var payment = Assert.Single(asaas.Payments.Values);
        Assert.True(payment["deleted"]!.GetValue<bool>());
        Assert.Contains(asaas.Journal, j => j == $"DELETE /v3/payments/{payment.Str("id")}");
        Assert.Equal(ChargeStatus.Cancelled, (await world.ChargeAsync(billingId))!.Status);
    }

    [Fact]
    public async Task PaidBilling_ReversalRefusedUnlessRefundConfirmed_ThenTheChargeIsRefunded()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(asaas.BaseUrl);
        await world.ConfigureAsaasAsync();
        var billingId = await world.BillAsync();
        await world.DeliverOutboxAsync();
        await world.RunChargeJobAsync(billingId);
        var paymentId = (await world.ChargeAsync(billingId))!.ExternalId!;
        asaas.WebhookSender = (body, token) => world.In<IIntegrationsModule, System.Net.HttpStatusCode>(async i =>
            await i.HandleAsaasWebhookAsync(token, body, default) == WebhookOutcome.Unauthorized ? System.Net.HttpStatusCode.Unauthorized : System.Net.HttpStatusCode.OK);
        using (var http = new HttpClient())
        {
            (await http.PostAsync(new Uri(asaas.BaseUrl, $"/v3/sandbox/payment/{paymentId}/confirm"), null)).Dispose(); // no key: refused
        }

        Assert.Equal("PENDING", asaas.Payments[paymentId].Str("status"));
        await asaas.EmitAsync("PAYMENT_RECEIVED", "payment", Paid(asaas, paymentId));
        Assert.Equal(BillingState.Paid, (await world.BillingAsync(billingId))!.Summary.State);

        var refused = await world.In<IBillingWorkflow, Result>(b => b.ReverseBillingAsync(billingId, "Cliente desistiu", "financeiro", default));
        Assert.False(refused.IsSuccess);
        Assert.Contains("já foi pago", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("reembolso", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(BillingState.Paid, (await world.BillingAsync(billingId))!.Summary.State);

        IntegrationWorld.Ok(await world.In<IBillingWorkflow, Result>(b => b.ReverseBillingAsync(billingId, "Cliente desistiu", "financeiro", true, default)));
        await world.DeliverOutboxAsync();
        await world.RunChargeJobAsync(billingId, cancel: true);
        await asaas.DeliveriesAsync();

        Assert.Equal("REFUNDED", asaas.Payments[paymentId].Str("status"));
        Assert.Equal(ChargeStatus.Refunded, (await world.ChargeAsync(billingId))!.Status);
        Assert.Equal(BillingState.Reversed, (await world.BillingAsync(billingId))!.Summary.State);
    }

    [Fact]
    public async Task Nfse_IsScheduledWithTheCharge_AndItsNumberReachesTheBillingWhenAuthorised()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(asaas.BaseUrl);
        await world.ConfigureAsaasAsync(AsaasBillingType.CustomerChooses, nfse: true);
        asaas.WebhookSender = (body, token) => world.In<IIntegrationsModule, System.Net.HttpStatusCode>(async i =>
            await i.HandleAsaasWebhookAsync(token, body, default) == WebhookOutcome.Unauthorized ? System.Net.HttpStatusCode.Unauthorized : System.Net.HttpStatusCode.OK);
        var billingId = await world.BillAsync();
        await world.DeliverOutboxAsync();
        await world.RunChargeJobAsync(billingId);

        var invoice = Assert.Single(asaas.Invoices.Values);
        Assert.Equal("nf-" + billingId, invoice.Str("externalReference"));
        using (var http = new HttpClient())
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(asaas.BaseUrl, $"/v3/invoices/{invoice.Str("id")}/authorize"));
            request.Headers.Add("access_token", FakeAsaas.ApiKey);
            request.Headers.UserAgent.ParseAdd("teste/1.0");
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        }

        await asaas.DeliveriesAsync();

        var charge = await world.ChargeAsync(billingId);
        Assert.Equal(invoice.Str("number"), charge!.NfseNumber);
        Assert.Equal("AUTHORIZED", charge.NfseStatus);
        Assert.Equal(invoice.Str("number"), (await world.BillingAsync(billingId))!.Summary.NfeNumber);
    }

    [Fact]
    public async Task NoProviderConfigured_NothingIsCharged()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(asaas.BaseUrl);
        var billingId = await world.BillAsync();
        await world.DeliverOutboxAsync();
        Assert.Null(await world.ChargeAsync(billingId));
        Assert.Empty(world.ChargeJobsFor("CreateAsync"));
    }

    private static System.Text.Json.Nodes.JsonObject Paid(FakeAsaas asaas, string paymentId)
    {
        var payment = asaas.Payments[paymentId];
        payment["status"] = "RECEIVED";
        payment["paymentDate"] = "2026-03-20";
        return payment;
    }
}
