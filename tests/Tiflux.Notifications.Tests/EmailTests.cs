using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using UglyToad.PdfPig;

namespace Tiflux.Notifications.Tests;

[CollectionDefinition(Name)]
public sealed class ScenarioGroup : ICollectionFixture<BillingScenario>
{
    public const string Name = "notifications scenario";
}

[Collection(ScenarioGroup.Name)]
public sealed class EmailTests(BillingScenario scenario)
{
    private Task<Result<Guid>> QueueAsync(params string[] recipients) =>
        scenario.In<INotificationsModule, Result<Guid>>(n => n.QueueBillingPdfEmailAsync(
            new BillingPdfEmailRequest(scenario.Billing.Summary.Id, recipients, ClosingReportLayout.ByResourceGroup, "financeiro"), default));

    private async Task RunJobAsync(Guid id)
    {
        await using var scope = scenario.Services.Provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendEmailJob>().RunAsync(id, CancellationToken.None);
    }

    private Task<OutgoingMessageDto> RowAsync(Guid id) =>
        scenario.In<INotificationsModule, OutgoingMessageDto>(async n => (await n.ListMessagesAsync(1, 200, default)).Items.Single(m => m.Id == id));

    private static MimeMessage Parse(SmtpMessage message) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(message.Data)));

    [Fact]
    public async Task BillingPdf_IsQueuedAsARow_ThenDeliveredWithThePdfAttached_AndNeverTwice()
    {
        var queued = await QueueAsync("financeiro@padaria.example", "dono@padaria.example");
        Assert.True(queued.IsSuccess, string.Join("; ", queued.Errors.Select(e => e.Message)));
        var row = await RowAsync(queued.Value);
        Assert.Equal(MessageStatus.Pending, row.Status);
        Assert.Equal(0, row.Attempts);
        Assert.Contains(scenario.Jobs.Jobs, j => j.Type == typeof(SendEmailJob) && j.Args[0] is Guid g && g == queued.Value);
        Assert.True(await scenario.Services.Database.ScalarAsync<int>(
            $"SELECT length(attachment_content) FROM notifications.outgoing_messages WHERE id = '{queued.Value}'") > 1000);

        using var server = SimpleSmtpServer.Start(scenario.SmtpPort);
        await RunJobAsync(queued.Value);
        await RunJobAsync(queued.Value); // a retried job must not send again

        Assert.Equal(1, server.ReceivedEmailCount);
        var mail = Parse(server.ReceivedEmail[0]);
        Assert.Equal("financeiro@suporte.example", mail.From.Mailboxes.Single().Address);
        Assert.Equal(["financeiro@padaria.example", "dono@padaria.example"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Contains($"faturamento nº {scenario.Billing.Summary.Number}", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Padaria Pão Quente", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody!, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.HtmlBody!, StringComparison.Ordinal);
        Assert.Contains("Detalhado com grupo de recurso", mail.TextBody!, StringComparison.Ordinal);

        var attachment = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("application/pdf", attachment.ContentType.MimeType);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        using var pdf = PdfDocument.Open(content.ToArray());
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Subtotal", text, StringComparison.Ordinal);

        row = await RowAsync(queued.Value);
        Assert.Equal(MessageStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.SentAt);
    }

    [Fact]
    public async Task ClosingReportLeftForTheSendJob_IsRenderedWhenSent_AndARenderingFailureFailsTheAttemptWithItsReason()
    {
        // What the reaction to an automatic run's billing queues: the closing report, not yet rendered.
        var queued = await scenario.In<BillingPdfEmail, Result<Guid>>(e => e.HandleAsync(
            new BillingPdfEmailRequest(scenario.Billing.Summary.Id, ["financeiro@padaria.example"], ClosingReportLayout.Detailed, "Faturamento automático"),
            $"deferred-test:{Guid.NewGuid()}", default, renderWhenSent: true));
        Assert.True(queued.IsSuccess, string.Join("; ", queued.Errors.Select(e => e.Message)));
        Assert.Equal(0L, await scenario.Services.Database.ScalarAsync<long>(
            $"SELECT count(attachment_content) FROM notifications.outgoing_messages WHERE id = '{queued.Value}'"));

        using var server = SimpleSmtpServer.Start(scenario.SmtpPort);
        await RunJobAsync(queued.Value);

        var attachment = Assert.IsType<MimePart>(Assert.Single(Parse(server.ReceivedEmail.Single()).Attachments));
        Assert.Equal($"faturamento-{scenario.Billing.Summary.Number}-detalhado.pdf", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        using var pdf = PdfDocument.Open(content.ToArray());
        Assert.Contains($"faturamentonº{scenario.Billing.Summary.Number}", string.Concat(pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);
        Assert.Equal(MessageStatus.Sent, (await RowAsync(queued.Value)).Status);

        // A report that cannot be rendered (its billing is gone) fails the attempt: the message stays pending with the reason.
        await scenario.Services.Database.ScalarAsync<int>(
            $"UPDATE notifications.outgoing_messages SET status = 1, attachment_content = NULL, related_id = '{Guid.NewGuid()}' WHERE id = '{queued.Value}'");
        await Assert.ThrowsAsync<EmailDeliveryException>(() => RunJobAsync(queued.Value));
        var row = await RowAsync(queued.Value);
        Assert.Equal(MessageStatus.Pending, row.Status);
        Assert.StartsWith("O PDF do relatório não pôde ser gerado", row.LastError, StringComparison.Ordinal);
        Assert.Single(server.ReceivedEmail);
    }

    [Fact]
    public async Task SmtpDownThenUp_DeliveredExactlyOnce()
    {
        var queued = await QueueAsync("financeiro@padaria.example");
        Assert.True(queued.IsSuccess);

        await Assert.ThrowsAsync<EmailDeliveryException>(() => RunJobAsync(queued.Value));
        var row = await RowAsync(queued.Value);
        Assert.Equal(MessageStatus.Pending, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.False(string.IsNullOrEmpty(row.LastError));

        using var server = SimpleSmtpServer.Start(scenario.SmtpPort);
        await RunJobAsync(queued.Value);
        await RunJobAsync(queued.Value);
        await Task.WhenAll(RunJobAsync(queued.Value), RunJobAsync(queued.Value));

        Assert.Equal(1, server.ReceivedEmailCount);
        row = await RowAsync(queued.Value);
        Assert.Equal(MessageStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.Null(row.LastError);
    }

    [Fact]
    public async Task InvalidAddresses_AreRefused_AndNothingIsStored()
    {
        var before = await scenario.Services.Database.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages");
        var result = await QueueAsync("financeiro@padaria.example", "nao-e-email", "a@b");
        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Message.Contains("nao-e-email", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("a@b", StringComparison.Ordinal));
        Assert.Equal(before, await scenario.Services.Database.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));
        Assert.False((await QueueAsync()).IsSuccess);
    }

    [Fact]
    public async Task Sweep_ReenqueuesOldPendingMessagesOnly()
    {
        var queued = await QueueAsync("financeiro@padaria.example");
        await scenario.Services.Database.ScalarAsync<int>(
            $"UPDATE notifications.outgoing_messages SET created_at = created_at - interval '1 hour' WHERE id = '{queued.Value}'");
        var before = scenario.Jobs.Jobs.Count;

        var swept = await scenario.In<PendingEmailSweepJob, int>(j => j.RunAsync(default));

        Assert.True(swept >= 1);
        Assert.Contains(scenario.Jobs.Jobs.Skip(before), j => j.Args[0] is Guid g && g == queued.Value);
    }

    [Fact]
    public async Task Resend_OfASentMessage_SendsACopy()
    {
        var queued = await QueueAsync("financeiro@padaria.example");
        using var server = SimpleSmtpServer.Start(scenario.SmtpPort);
        await RunJobAsync(queued.Value);
        var copy = await scenario.In<INotificationsModule, Result<Guid>>(n => n.ResendAsync(queued.Value, "admin", default));
        Assert.True(copy.IsSuccess);
        Assert.NotEqual(queued.Value, copy.Value);
        await RunJobAsync(copy.Value);
        Assert.Equal(2, server.ReceivedEmailCount);
        Assert.Equal(MessageStatus.Sent, (await RowAsync(copy.Value)).Status);
    }
}

public sealed class SmtpOptionsTests
{
    [Fact]
    public void Validator_RefusesMissingHostBadPortAndBadSender()
    {
        var result = new SmtpOptionsValidator().Validate(null, new SmtpOptions { Host = "", Port = 0, Sender = "nao-e-email" });
        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
        Assert.True(new SmtpOptionsValidator().Validate(null, new SmtpOptions()).Succeeded);
    }

    [Fact]
    public void EmailTemplates_AllParse()
    {
        var resources = typeof(EmailTemplates).Assembly.GetManifestResourceNames().Count(r => r.Contains(".sbn-", StringComparison.Ordinal));
        Assert.Equal(resources, new EmailTemplates().Names.Count);
        Assert.Equal(24, resources); // subject, HTML and text of BillingPdf, ConsumptionReminder, AccountLink, TicketAnswer, the three ticket notices and the SLA breach
    }
}

/// <summary>E-mailing a reversed billing: its own scenario, because the shared one must stay a valid billing.</summary>
public sealed class ReversedBillingEmailTests : IAsyncLifetime
{
    private readonly BillingScenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task BillingPdf_OfAReversedBilling_IsRefused_AndNothingIsQueued()
    {
        var id = scenario.Billing.Summary.Id;
        var reversed = await scenario.In<Tiflux.Billing.PublicApi.IBillingWorkflow, Result>(w => w.ReverseBillingAsync(id, "Valor errado", "financeiro", false, default));
        Assert.True(reversed.IsSuccess);

        var queued = await scenario.In<INotificationsModule, Result<Guid>>(n => n.QueueBillingPdfEmailAsync(
            new BillingPdfEmailRequest(id, ["financeiro@padaria.example"], ClosingReportLayout.Synthetic, "financeiro"), default));

        Assert.Equal($"O faturamento nº {scenario.Billing.Summary.Number} foi estornado: o relatório não pode ser enviado por e-mail.", Assert.Single(queued.Errors).Message);
        Assert.Equal(0L, await scenario.Services.Database.ScalarAsync<long>("SELECT count(*) FROM notifications.outgoing_messages"));
        Assert.DoesNotContain(scenario.Jobs.Jobs, j => j.Type == typeof(SendEmailJob));
    }
}
