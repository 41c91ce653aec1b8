using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Messages;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Notifications.Tests;

/// <summary>An answer posted on a ticket reaches each recipient once, with its files as signed links and a ticket Reply-To.</summary>
[Collection(ScenarioGroup.Name)]
public sealed class TicketAnswerEmailTests(BillingScenario scenario)
{
    private async Task HandleAsync(TicketAnswerPosted posted)
    {
        await using var scope = scenario.Services.Provider.CreateAsyncScope();
        foreach (var consumer in scope.ServiceProvider.GetServices<IIntegrationEventConsumer<TicketAnswerPosted>>())
        {
            await consumer.HandleAsync(posted, default);
        }
    }

    [Fact]
    public async Task AnswerPosted_QueuesOneMessagePerRecipient_EvenWhenReplayedOrConcurrent()
    {
        var file = Guid.CreateVersion7();
        var posted = new TicketAnswerPosted(
            Guid.CreateVersion7(), BillingScenario.Now, Guid.CreateVersion7(), 1042, "Impressora <não> imprime", "Padaria Pão Quente", "Ana Técnica",
            "<p>Troquei o <strong>toner</strong>.</p>", "Troquei o toner.", ["ana@padaria.example", "Gerente@padaria.example", "invalido"],
            [new PostedAnswerFile(file, "laudo.pdf", 150_000)]);

        await Task.WhenAll(HandleAsync(posted), HandleAsync(posted));
        await HandleAsync(posted);

        var rows = await scenario.Services.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM notifications.outgoing_messages WHERE related_id = '{posted.AnswerId}'");
        Assert.Equal(2L, rows);
        var html = await scenario.Services.Database.ScalarAsync<string>(
            $"SELECT html_body FROM notifications.outgoing_messages WHERE dedupe_key = '{TicketAnswerEmail.DedupeKey(posted.AnswerId, "gerente@padaria.example")}'");
        Assert.Contains("<p>Troquei o <strong>toner</strong>.</p>", html, StringComparison.Ordinal);
        Assert.Contains(TestAttachmentLinks.BaseUrl + file.ToString("N"), html, StringComparison.Ordinal);
        Assert.Contains("Impressora &lt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<não>", html, StringComparison.Ordinal);
        Assert.Equal("[#1042] Impressora <não> imprime", await scenario.Services.Database.ScalarAsync<string>(
            $"SELECT subject FROM notifications.outgoing_messages WHERE dedupe_key = '{TicketAnswerEmail.DedupeKey(posted.AnswerId, "ana@padaria.example")}'"));
    }

    [Fact]
    public void Build_SetsTheReplyToToTheSendersPlusAddressOfTheTicket()
    {
        var message = new OutgoingMessage { Recipients = "ana@padaria.example", Subject = "[#7] x", HtmlBody = "<p>x</p>", TextBody = "x", ReplyToTag = "ticket-7" };

        var mime = MailKitTransport.Build(message, new MailboxAddress("Suporte MSP", "suporte@msp.example"));

        Assert.Equal("suporte+ticket-7@msp.example", Assert.Single(mime.ReplyTo.Mailboxes).Address);
    }
}
