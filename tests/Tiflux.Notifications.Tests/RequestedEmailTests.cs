using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Notifications.Reactions;
using Tiflux.SharedKernel;
using Tiflux.TestKit;

namespace Tiflux.Notifications.Tests;

/// <summary>"Enviar PDF por e-mail" chosen when billing: Notifications queues one message per billing, however often the event arrives.</summary>
[Collection(ScenarioGroup.Name)]
public sealed class RequestedEmailTests(BillingScenario scenario)
{
    private async Task HandleAsync(BillingEmailRequested requested)
    {
        await using var scope = scenario.Services.Provider.CreateAsyncScope();
        foreach (var consumer in scope.ServiceProvider.GetServices<IIntegrationEventConsumer<BillingEmailRequested>>())
        {
            await consumer.HandleAsync(requested, default);
        }
    }

    private Task<T?> ScalarAsync<T>(string column, string key) =>
        scenario.Services.Database.ScalarAsync<T>($"SELECT {column} FROM notifications.outgoing_messages WHERE dedupe_key = '{key}'");

    [Fact]
    public async Task TheRequestedLayoutGoesToTheRequestedRecipients_Once_EvenWhenReplayedOrConcurrent()
    {
        var billing = scenario.Billing.Summary;
        var requested = new BillingEmailRequested(
            Guid.CreateVersion7(), BillingScenario.Now, billing.Id, billing.Number, ["contas@padaria.example", "dono@padaria.example"], ClosingReportLayout.Synthetic, "financeiro");
        var key = EmailRequestedBilling.DedupeKey(billing.Id);

        await Task.WhenAll(HandleAsync(requested), HandleAsync(requested));
        await HandleAsync(requested);

        Assert.Equal(1L, await scenario.Services.Database.ScalarAsync<long>($"SELECT count(*) FROM notifications.outgoing_messages WHERE dedupe_key = '{key}'"));
        Assert.Equal("contas@padaria.example, dono@padaria.example", await ScalarAsync<string>("recipients", key));
        Assert.Equal($"faturamento-{billing.Number}-sintetico.pdf", await ScalarAsync<string>("attachment_name", key));
        Assert.Equal("financeiro", await ScalarAsync<string>("requested_by", key));
        var text = await ScalarAsync<string>("text_body", key);
        Assert.Contains("Sintético", text, StringComparison.Ordinal);
        Assert.Contains(BillingScenario.OrganizationName, text, StringComparison.Ordinal);
        Assert.Contains("CNPJ 11.222.333/0001-81 · Rua das Flores, 100 — Porto Alegre/RS", text, StringComparison.Ordinal);
    }
}
