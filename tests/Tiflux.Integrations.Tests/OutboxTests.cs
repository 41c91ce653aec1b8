using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations.Tests;

public sealed class OutboxTests
{
    /// <summary>A second consumer of BillingCreated that fails once.</summary>
    private sealed class FlakyConsumer : IIntegrationEventConsumer<BillingCreated>
    {
        public static int Calls;

        public Task HandleAsync(BillingCreated integrationEvent, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref Calls) == 1 ? throw new InvalidOperationException("consumidor indisponível") : Task.CompletedTask;
    }

    [Fact]
    public async Task FailingConsumer_LeavesTheRowForTheNextRun_WithAttemptsAndError_AndTheChargeIsStillCreatedOnce()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(asaas.BaseUrl, extra: s => s.AddScoped<IIntegrationEventConsumer<BillingCreated>, FlakyConsumer>());
        await world.ConfigureAsaasAsync();
        var billingId = await world.BillAsync();
        var db = world.Services.Database;

        await world.DeliverOutboxAsync();

        Assert.Equal(1, await db.ScalarAsync<int>("SELECT attempts FROM billing.outbox_messages WHERE type = 'billing.created'"));
        Assert.Equal("consumidor indisponível", await db.ScalarAsync<string>("SELECT last_error FROM billing.outbox_messages WHERE type = 'billing.created'"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM billing.outbox_messages WHERE processed_at IS NOT NULL"));

        await world.DeliverOutboxAsync();

        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM billing.outbox_messages WHERE processed_at IS NOT NULL AND last_error IS NULL"));
        Assert.Equal(billingId.ToString(), await db.ScalarAsync<string>("SELECT payload->>'billingId' FROM billing.outbox_messages"));
        Assert.Single(world.ChargeJobsFor("CreateAsync")); // delivered twice to Integrations, one charge, one job
        Assert.Equal(ChargeStatus.Pending, (await world.ChargeAsync(billingId))!.Status);

        await world.DeliverOutboxAsync(); // nothing left: no third delivery
        Assert.Equal(2, FlakyConsumer.Calls);
    }

    [Fact]
    public async Task RefusedBilling_PublishesNothing_TheEventIsWrittenOnlyWithTheBilling()
    {
        await using var asaas = await FakeAsaas.StartAsync();
        await using var world = await IntegrationWorld.CreateAsync(asaas.BaseUrl);
        await world.ConfigureAsaasAsync();
        var refused = await world.In<IBillingWorkflow, Result<BillingCreatedDto>>(b => b.CommitBillingAsync(new CommitBillingRequest(
            new BillingDraftRequest(world.ClientId, new PendingRequest(IntegrationWorld.Today, null, [world.ClientId], PendingScope.Both), ["nao-existe"], false), null,
            IntegrationWorld.Today, IntegrationWorld.Today.AddDays(10), 0m, 0m, null, "", [], "financeiro"), default));
        Assert.False(refused.IsSuccess);

        await world.DeliverOutboxAsync();

        Assert.Equal(0L, await world.Services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.outbox_messages"));
        Assert.Equal(0L, await world.Services.Database.ScalarAsync<long>("SELECT count(*) FROM integrations.charges"));
        Assert.Empty(asaas.Journal);
    }
}
