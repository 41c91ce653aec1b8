using System.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Integrations.ContaAzul;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;
using Tiflux.Integrations.Settings;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations.Tests;

public sealed class ContaAzulTests
{
    private const string Redirect = "http://127.0.0.1:5080/configuracoes/integracoes/conta-azul/retorno";

    private static async Task ConnectAsync(IntegrationWorld world)
    {
        IntegrationWorld.Ok(await world.In<IIntegrationsModule, Result>(i => i.SaveSettingsAsync(new SaveIntegrationSettingsRequest(
            IntegrationProvider.ContaAzul, AsaasEnvironment.Sandbox, AsaasBillingType.Boleto, null, null, false, null, null,
            new NfseTaxes(false, 0, 0, 0, 0, 0, 0), FakeContaAzul.ClientId, FakeContaAzul.ClientSecret, "admin"), default)));
        var url = IntegrationWorld.Ok(await world.In<IIntegrationsModule, Result<string>>(i => i.BeginContaAzulConnectAsync(Redirect, default)));

        // The browser: Conta Azul's authorize page redirects back with a code and our state.
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorize = await http.GetAsync(new Uri(url));
        var back = authorize.Headers.Location!;
        Assert.StartsWith(Redirect, back.ToString(), StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(back.Query);

        var wrongState = await world.In<IIntegrationsModule, Result>(i => i.CompleteContaAzulConnectAsync(query["code"]!, "forjado", Redirect, default));
        Assert.False(wrongState.IsSuccess);
        IntegrationWorld.Ok(await world.In<IIntegrationsModule, Result>(i => i.CompleteContaAzulConnectAsync(query["code"]!, query["state"]!, Redirect, default)));
    }

    private static async Task<IntegrationSettings> StoredAsync(IntegrationWorld world)
    {
        await using var scope = world.Services.Provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>().Settings.AsNoTracking().SingleAsync();
    }

    private static string? Reveal(IntegrationWorld world, string? protectedValue) =>
        world.Services.Provider.GetRequiredService<SecretBox>().Unprotect(protectedValue);

    [Fact]
    public async Task Connect_StoresTokensEncrypted_AndRefreshRotatesTheStoredRefreshToken()
    {
        await using var contaAzul = await FakeContaAzul.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(contaAzul: contaAzul.BaseUrl);
        await ConnectAsync(world);

        var connected = await StoredAsync(world);
        var firstRefresh = Reveal(world, connected.ContaAzulRefreshTokenProtected)!;
        Assert.True(contaAzul.RefreshTokens.ContainsKey(firstRefresh));
        Assert.DoesNotContain(firstRefresh, connected.ContaAzulRefreshTokenProtected!, StringComparison.Ordinal); // encrypted at rest
        Assert.DoesNotContain(FakeContaAzul.ClientSecret, connected.ContaAzulClientSecretProtected!, StringComparison.Ordinal);
        var settings = await world.In<IIntegrationsModule, IntegrationSettingsDto>(i => i.GetSettingsAsync(default));
        Assert.True(settings.ContaAzulConnected);
        Assert.True(settings.ContaAzulClientSecretConfigured);

        await world.In<ContaAzulTokens, string>(t => t.AccessTokenAsync(force: true, default));

        var rotated = await StoredAsync(world);
        var secondRefresh = Reveal(world, rotated.ContaAzulRefreshTokenProtected)!;
        Assert.NotEqual(firstRefresh, secondRefresh);
        Assert.False(contaAzul.RefreshTokens.ContainsKey(firstRefresh)); // the old one no longer works at Conta Azul
        Assert.True(contaAzul.RefreshTokens.ContainsKey(secondRefresh));
        Assert.Equal(1, contaAzul.RefreshCount);

        // An expired access token (401) is refreshed once more, with the rotated refresh token.
        contaAzul.ExpireAccessTokens();
        var billingId = await world.BillAsync();
        await world.DeliverOutboxAsync();
        await world.RunChargeJobAsync(billingId);
        Assert.Equal(2, contaAzul.RefreshCount);
        Assert.Equal(ChargeStatus.Created, (await world.ChargeAsync(billingId))!.Status);
    }

    [Fact]
    public async Task Billing_CreatesPessoaAndSaleOnce_PollingMarksItPaid()
    {
        await using var contaAzul = await FakeContaAzul.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(contaAzul: contaAzul.BaseUrl);
        await ConnectAsync(world);
        var billingId = await world.BillAsync();
        await world.DeliverOutboxAsync();
        await world.RunChargeJobAsync(billingId);
        await world.RunChargeJobAsync(billingId);

        var person = Assert.Single(contaAzul.People.Values);
        Assert.Equal("11444777000161", person.Str("documento"));
        Assert.Equal("Jurídica", person.Str("tipo_pessoa"));
        var sale = Assert.Single(contaAzul.Sales.Values);
        var charge = await world.ChargeAsync(billingId);
        Assert.Equal(sale.Str("id"), charge!.ExternalId);
        Assert.Equal(ChargeStatus.Created, charge.Status);

        await world.In<ContaAzulPollJob, bool>(async j => { await j.RunAsync(default); return true; });
        Assert.Equal(BillingState.Billed, (await world.BillingAsync(billingId))!.Summary.State);

        contaAzul.Pay(sale.Str("evento")!);
        await world.In<ContaAzulPollJob, bool>(async j => { await j.RunAsync(default); return true; });

        Assert.Equal(BillingState.Paid, (await world.BillingAsync(billingId))!.Summary.State);
        Assert.Equal(ChargeStatus.Paid, (await world.ChargeAsync(billingId))!.Status);
    }

    [Fact]
    public async Task ReversalOfUnpaidBilling_DeletesTheSale()
    {
        await using var contaAzul = await FakeContaAzul.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(contaAzul: contaAzul.BaseUrl);
        await ConnectAsync(world);
        var billingId = await world.BillAsync();
        await world.DeliverOutboxAsync();
        await world.RunChargeJobAsync(billingId);
        Assert.Single(contaAzul.Sales);

        IntegrationWorld.Ok(await world.In<IBillingWorkflow, Result>(b => b.ReverseBillingAsync(billingId, "Erro", "financeiro", default)));
        await world.DeliverOutboxAsync();
        await world.RunChargeJobAsync(billingId, cancel: true);

        Assert.Empty(contaAzul.Sales);
        Assert.Equal(ChargeStatus.Cancelled, (await world.ChargeAsync(billingId))!.Status);
    }
}
