using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Reactions;
using Tiflux.SharedKernel;
using Tiflux.TestKit;

namespace Tiflux.Notifications.Tests;

/// <summary>
/// Billing's events arrive at least once (outbox); each reaction stores its e-mail at most once, also when the same
/// event is delivered again or twice at the same time.
/// </summary>
[Collection(ScenarioGroup.Name)]
public sealed class ReactionTests(BillingScenario scenario)
{
    private async Task HandleAsync<TEvent>(TEvent integrationEvent)
        where TEvent : IIntegrationEvent
    {
        await using var scope = scenario.Services.Provider.CreateAsyncScope();
        foreach (var consumer in scope.ServiceProvider.GetServices<IIntegrationEventConsumer<TEvent>>())
        {
            await consumer.HandleAsync(integrationEvent, default);
        }
    }

    private Task<long> CountAsync(string dedupeKey) =>
        scenario.Services.Database.ScalarAsync<long>($"SELECT count(*) FROM notifications.outgoing_messages WHERE dedupe_key = '{dedupeKey}'");

    [Fact]
    public async Task AutomaticBillingClosed_QueuesTheClosingReportToTheFinanceEmails_OnceEvenWhenReplayedOrConcurrent()
    {
        var billing = scenario.Billing.Summary;
        var closed = new AutomaticBillingClosed(Guid.CreateVersion7(), BillingScenario.Now, billing.Id, billing.Number, billing.ClientId);
        var key = EmailAutomaticBilling.DedupeKey(billing.Id);

        await Task.WhenAll(HandleAsync(closed), HandleAsync(closed));
        await HandleAsync(closed);

        Assert.Equal(1L, await CountAsync(key));
        Assert.Equal("financeiro@padaria.example", await scenario.Services.Database.ScalarAsync<string>(
            $"SELECT recipients FROM notifications.outgoing_messages WHERE dedupe_key = '{key}'"));
        Assert.Contains("Detalhado sem apontamentos", await scenario.Services.Database.ScalarAsync<string>(
            $"SELECT text_body FROM notifications.outgoing_messages WHERE dedupe_key = '{key}'"), StringComparison.Ordinal);
        // Rendered by the send job, not by the outbox delivery that runs this reaction.
        Assert.Equal("faturamento-" + billing.Number + "-detalhado.pdf|2|", await scenario.Services.Database.ScalarAsync<string>(
            $"SELECT attachment_name || '|' || attachment_layout || '|' || coalesce(length(attachment_content)::text, '') FROM notifications.outgoing_messages WHERE dedupe_key = '{key}'"));
        var id = await scenario.Services.Database.ScalarAsync<Guid>($"SELECT id FROM notifications.outgoing_messages WHERE dedupe_key = '{key}'");
        Assert.Contains(scenario.Jobs.Jobs, j => j.Type == typeof(SendEmailJob) && j.Args[0] is Guid g && g == id);
    }

    [Fact]
    public async Task ConsumptionThresholdReached_QueuesOneReminderPerContractCycle()
    {
        var contract = Guid.CreateVersion7();
        ConsumptionThresholdReached Reached(int cycle) => new(
            Guid.CreateVersion7(), BillingScenario.Now, contract, cycle, "Banco de horas", "Padaria Pão Quente", "01/03/2026 a 31/03/2026",
            "08:00", "10:00", 80, 80, ["gestor@padaria.example"]);

        await HandleAsync(Reached(1));
        await HandleAsync(Reached(1));
        await HandleAsync(Reached(2));

        Assert.Equal(1L, await CountAsync(EmailConsumptionReminder.DedupeKey(contract, 1)));
        Assert.Equal(1L, await CountAsync(EmailConsumptionReminder.DedupeKey(contract, 2)));
    }

    [Fact]
    public async Task ConsumptionThresholdReached_WithNoValidRecipient_IsDoneWithoutAMessage()
    {
        var contract = Guid.CreateVersion7();

        await HandleAsync(new ConsumptionThresholdReached(
            Guid.CreateVersion7(), BillingScenario.Now, contract, 1, "Banco de horas", "Padaria", "01/03/2026 a 31/03/2026", "08:00", "10:00", 80, 80, []));

        Assert.Equal(0L, await CountAsync(EmailConsumptionReminder.DedupeKey(contract, 1)));
    }
}
