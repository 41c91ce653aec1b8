using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using netDumbster.smtp;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.TestKit;
using Tiflux.Tickets.Outbox;

namespace Tiflux.Web.Tests.Conversation;

/// <summary>
/// Issue 22's answer clicked in Chromium: a technician writes a formatted answer in the rich-text editor with a file;
/// the outbox and e-mail jobs (run by the test, as the host runs no Hangfire server) deliver exactly one e-mail to the
/// requester and one to the follower, each with the sanitised text and a signed link that downloads the file without
/// signing in. The page raises no Content-Security-Policy violation and no script error.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed partial class AnswerBrowserFlowTests(AppFixture app)
{
    [Fact]
    public async Task A_technician_answers_in_the_editor_with_a_file_and_each_recipient_gets_one_email_whose_link_downloads_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new KestrelAppFactory(database, app.Factory.Services);
        var address = factory.Start();
        var smtpPort = FreePort();
        await SaveSmtpSettingsAsync(factory, smtpPort);
        using var smtp = SimpleSmtpServer.Start(smtpPort);
        var ticket = await ConversationWorld.CreateTicketAsync(factory);
        var (email, password) = await factory.CreateUserAsync(Groups.Technician);

        await using var technician = await BrowserSession.StartAsync(address);
        var page = technician.Page;
        await technician.SignInAsync(email, password);
        await page.GotoAsync($"/tickets/{ticket.Number}?aba=comunicacao");
        var form = page.Locator("#answer-form");
        await Assertions.Expect(form.Locator("#answer-recipients")).ToContainTextAsync(ticket.FollowerEmail);

        // The editor replaced the textarea; its toolbar offers only the safe formatting.
        await Assertions.Expect(form.Locator("textarea[name='Answer.Html']")).ToBeHiddenAsync();
        var titles = await form.Locator(".pell-actionbar button").EvaluateAllAsync<string[]>("buttons => buttons.map(b => b.title)");
        Assert.Equal(["Negrito", "Itálico", "Lista", "Lista numerada", "Citação", "Link"], titles);
        var editor = form.Locator(".pell-content");
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync("Trocamos o ");
        await form.Locator(".pell-actionbar button[title=Negrito]").ClickAsync();
        await page.Keyboard.TypeAsync("toner");
        await form.Locator(".pell-actionbar button[title=Negrito]").ClickAsync();
        await page.Keyboard.TypeAsync(" da impressora.");
        await form.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "laudo.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf });
        await form.GetByRole(AriaRole.Button, new() { Name = "Enviar resposta" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/tickets/{ticket.Number}\\?aba=comunicacao"));
        var answer = page.Locator("#canal-cliente li.answer");
        await Assertions.Expect(answer).ToHaveCountAsync(1);
        await Assertions.Expect(answer.Locator(".message-body :is(b, strong)")).ToHaveTextAsync("toner");
        await Assertions.Expect(answer.Locator(".message-files a")).ToHaveTextAsync("laudo.pdf");

        // The outbox hands the answer to Notifications, which queues one message per recipient; the e-mail job sends them.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TicketsOutboxJob>().RunAsync(default);
        }

        await SendQueuedAnswersAsync(factory);
        Assert.Equal(2, smtp.ReceivedEmail.Length);
        var mails = smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();
        Assert.Equal(
            new[] { ticket.RequesterEmail, ticket.FollowerEmail }.Order(StringComparer.Ordinal),
            mails.Select(m => Assert.Single(m.To.Mailboxes).Address).Order(StringComparer.Ordinal));
        foreach (var mail in mails)
        {
            Assert.Contains($"#{ticket.Number}", mail.Subject, StringComparison.Ordinal);
            Assert.Matches("<(b|strong)>toner</(b|strong)>", mail.HtmlBody);
            Assert.DoesNotContain("<script", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
            // The editor types the spaces next to the bold word as no-break spaces; any white space will do.
            Assert.Contains("Trocamos o toner da impressora.", Spaces().Replace(mail.TextBody ?? "", " "), StringComparison.Ordinal);
            var link = WebUtility.HtmlDecode(SignedLink().Match(mail.HtmlBody ?? "").Groups["url"].Value);
            Assert.StartsWith(new Uri(address, "/anexos/").ToString(), link, StringComparison.Ordinal);

            // Anyone holding the e-mail downloads the file, without signing in.
            using var anonymous = new HttpClient();
            using var download = await anonymous.GetAsync(new Uri(link));
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(SampleFiles.Pdf, await download.Content.ReadAsByteArrayAsync());
        }

        Assert.Empty(technician.CspViolations);
        Assert.Empty(technician.PageErrors);
    }

    /// <summary>Runs the e-mail job, as Hangfire would, for every queued ticket-answer message.</summary>
    private static async Task SendQueuedAnswersAsync(KestrelAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var messages = await scope.ServiceProvider.GetRequiredService<INotificationsModule>().ListMessagesAsync(1, 50, default);
        foreach (var message in messages.Items.Where(m => m.Kind == TicketAnswerEmail.Kind))
        {
            await scope.ServiceProvider.GetRequiredService<SendEmailJob>().RunAsync(message.Id, default);
        }
    }

    private static async Task SaveSmtpSettingsAsync(KestrelAppFactory factory, int port)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<IEmailSettings>().SaveAsync(
            new SaveSmtpSettingsRequest("127.0.0.1", port.ToString(CultureInfo.InvariantCulture), SmtpSecurityMode.None, "Tiflux", "tiflux@msp.example", null, null, "teste"),
            default);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("href=\"(?<url>https?://[^\"]+/anexos/[^\"]+)\"")]
    private static partial Regex SignedLink();
}
