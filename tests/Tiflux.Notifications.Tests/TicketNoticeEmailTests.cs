using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Notifications.Tests;

/// <summary>The portal notices: review requested, authorization requested, refusal — each sent once, with a link into the portal.</summary>
[Collection(ScenarioGroup.Name)]
public sealed class TicketNoticeEmailTests(BillingScenario scenario)
{
    private async Task HandleAsync<T>(T e)
        where T : IIntegrationEvent
    {
        await using var scope = scenario.Services.Provider.CreateAsyncScope();
        foreach (var consumer in scope.ServiceProvider.GetServices<IIntegrationEventConsumer<T>>())
        {
            await consumer.HandleAsync(e, default);
        }
    }

    private Task<long> CountAsync(Guid eventId) =>
        scenario.Services.Database.ScalarAsync<long>($"SELECT count(*) FROM notifications.outgoing_messages WHERE related_id = '{eventId}'");

    [Fact]
    public async Task AwaitingReview_AsksTheRequesterOncePerClosing_WithTheDeadlineAndTheReviewLink()
    {
        var number = Random.Shared.Next(100_000, 900_000);
        var deadline = new DateTimeOffset(2026, 12, 7, 13, 30, 0, TimeSpan.Zero);
        var closed = new TicketAwaitingReview(Guid.CreateVersion7(), BillingScenario.Now, number, "Impressora <parada>", "Ana", "Ana@Cliente.example", deadline);

        await Task.WhenAll(HandleAsync(closed), HandleAsync(closed));
        await HandleAsync(closed with { EventId = Guid.CreateVersion7() });

        Assert.Equal(1L, await CountAsync(closed.EventId));
        var html = await scenario.Services.Database.ScalarAsync<string>(
            $"SELECT html_body FROM notifications.outgoing_messages WHERE related_id = '{closed.EventId}' AND recipients = 'ana@cliente.example'");
        Assert.Contains($"{TestPublicLinks.BaseUrl}/portal/revisoes/{number}", html, StringComparison.Ordinal);
        Assert.Contains(PtBr.DateTime(deadline), html, StringComparison.Ordinal);
        Assert.Contains("Impressora &lt;parada&gt;", html, StringComparison.Ordinal);

        var reclosed = closed with { EventId = Guid.CreateVersion7(), ReviewDeadline = deadline.AddDays(3) };
        await HandleAsync(reclosed);
        Assert.Equal(1L, await CountAsync(reclosed.EventId));
    }

    [Fact]
    public async Task AwaitingAuthorization_MailsEachAuthoriserOnce_AndARefusalTellsTheRequesterWhy()
    {
        var number = Random.Shared.Next(100_000, 900_000);
        var pending = new TicketAwaitingAuthorization(
            Guid.CreateVersion7(), BillingScenario.Now, number, "Novo notebook", "Padaria", "Ana", ["gerente@padaria.example", "GERENTE@padaria.example", "dono@padaria.example"]);
        var denied = new TicketAuthorizationDenied(Guid.CreateVersion7(), BillingScenario.Now, number, "Novo notebook", "Ana", "ana@padaria.example", "Gerente", "Fora do orçamento");

        await HandleAsync(pending);
        await HandleAsync(pending);
        await HandleAsync(denied);

        Assert.Equal(2L, await CountAsync(pending.EventId));
        var link = await scenario.Services.Database.ScalarAsync<string>(
            $"SELECT text_body FROM notifications.outgoing_messages WHERE related_id = '{pending.EventId}' AND recipients = 'dono@padaria.example'");
        Assert.Contains($"{TestPublicLinks.BaseUrl}/portal/autorizacoes/{number}", link, StringComparison.Ordinal);
        var refusal = await scenario.Services.Database.ScalarAsync<string>(
            $"SELECT text_body FROM notifications.outgoing_messages WHERE related_id = '{denied.EventId}' AND recipients = 'ana@padaria.example'");
        Assert.Contains("Fora do orçamento", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlaBreached_MailsTheResponsibleOncePerClockAndDeadline_AndNobodyWithoutOne()
    {
        var number = Random.Shared.Next(100_000, 900_000);
        var deadline = new DateTimeOffset(2026, 12, 7, 21, 0, 0, TimeSpan.Zero);
        var breach = new TicketSlaBreached(Guid.CreateVersion7(), BillingScenario.Now, number, "Servidor <fora>", "Padaria", SlaClock.Solution, deadline,
            TestStaffContacts.Responsible, "Tiago");
        var unassigned = breach with { EventId = Guid.CreateVersion7(), TicketNumber = number + 1, ResponsibleUserId = null };

        await Task.WhenAll(HandleAsync(breach), HandleAsync(breach));
        await HandleAsync(breach with { EventId = Guid.CreateVersion7() });
        await HandleAsync(unassigned);

        Assert.Equal(1L, await CountAsync(breach.EventId));
        Assert.Equal(0L, await CountAsync(unassigned.EventId));
        var html = await scenario.Services.Database.ScalarAsync<string>(
            $"SELECT html_body FROM notifications.outgoing_messages WHERE related_id = '{breach.EventId}' AND recipients = '{TestStaffContacts.ResponsibleEmail}'");
        Assert.Contains($"{TestPublicLinks.BaseUrl}/tickets/{number}", html, StringComparison.Ordinal);
        Assert.Contains(PtBr.DateTime(deadline), html, StringComparison.Ordinal);
        var text = await scenario.Services.Database.ScalarAsync<string>(
            $"SELECT text_body FROM notifications.outgoing_messages WHERE related_id = '{breach.EventId}'");
        Assert.Contains("passou do prazo de solução", text, StringComparison.Ordinal);
        Assert.Contains("Servidor &lt;fora&gt;", html, StringComparison.Ordinal);
    }
}
