using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;

namespace Tiflux.Notifications.Tests;

/// <summary>
/// Configurações › E-mail in the module: saved settings win over the <c>Smtp</c> configuration (which points at a port
/// where nothing listens), the password is stored encrypted, bad input writes nothing, the test e-mail goes out.
/// Its own scenario: saving settings would redirect the shared scenario's e-mails.
/// </summary>
public sealed class SmtpSettingsTests(BillingScenario scenario) : IClassFixture<BillingScenario>, IAsyncLifetime
{
    private const string Password = "S3nha-Muito-Secreta!";

    // Each test starts from "nothing saved" (tests of one class run one at a time).
    public async Task InitializeAsync() => await scenario.Services.Database.ScalarAsync<int>("DELETE FROM notifications.smtp_settings");

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Result> SaveAsync(string host, string port, string senderAddress, string userName = "", string? password = null, string senderName = "Cobrança Exemplo") =>
        scenario.In<IEmailSettings, Result>(s => s.SaveAsync(
            new SaveSmtpSettingsRequest(host, port, SmtpSecurityMode.None, senderName, senderAddress, userName, password, "admin"), default));

    private Task<SmtpSettingsDto> GetAsync() => scenario.In<IEmailSettings, SmtpSettingsDto>(s => s.GetAsync(default));

    private Task<string?> RawPasswordAsync() =>
        scenario.Services.Database.ScalarAsync<string?>("SELECT password_protected FROM notifications.smtp_settings WHERE id = 1");

    private Task<long> RowsAsync() => scenario.Services.Database.ScalarAsync<long>("SELECT count(*) FROM notifications.smtp_settings");

    private async Task<Guid> QueueAsync()
    {
        var queued = await scenario.In<INotificationsModule, Result<Guid>>(n => n.QueueBillingPdfEmailAsync(
            new BillingPdfEmailRequest(scenario.Billing.Summary.Id, ["financeiro@padaria.example"], ClosingReportLayout.Synthetic, "financeiro"), default));
        Assert.True(queued.IsSuccess, string.Join("; ", queued.Errors.Select(e => e.Message)));
        return queued.Value;
    }

    private async Task RunJobAsync(Guid id)
    {
        await using var scope = scenario.Services.Provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendEmailJob>().RunAsync(id, CancellationToken.None);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task NothingSaved_ShowsTheConfiguration_ThenSavedSettingsCarryTheNextEmail()
    {
        var configured = await GetAsync();
        Assert.True(configured.FromConfiguration);
        Assert.Equal(scenario.SmtpPort, configured.Port);
        Assert.Equal("financeiro@suporte.example", configured.SenderAddress);

        var port = FreePort();
        using var server = SimpleSmtpServer.Start(port);
        Assert.True((await SaveAsync("127.0.0.1", Text(port), "cobranca@salvo.example")).IsSuccess);
        var saved = await GetAsync();
        Assert.False(saved.FromConfiguration);
        Assert.Equal((port, "cobranca@salvo.example", "admin"), (saved.Port, saved.SenderAddress, saved.UpdatedBy));

        // Nothing listens on the configured port: this only succeeds through the saved one.
        var id = await QueueAsync();
        await RunJobAsync(id);

        var mail = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Assert.Single(server.ReceivedEmail).Data)));
        var from = mail.From.Mailboxes.Single();
        Assert.Equal(("Cobrança Exemplo", "cobranca@salvo.example"), (from.Name, from.Address));
        var row = (await scenario.In<INotificationsModule, IReadOnlyList<OutgoingMessageDto>>(n => n.ListMessagesForAsync(scenario.Billing.Summary.Id, default))).Single(m => m.Id == id);
        Assert.Equal(MessageStatus.Sent, row.Status);
    }

    [Fact]
    public async Task Password_IsStoredEncrypted_NeverReturned_KeptWhenBlank_DroppedWithoutUser()
    {
        Assert.True((await SaveAsync("smtp.exemplo.example", "587", "cobranca@salvo.example", "usuario@exemplo.example", Password)).IsSuccess);

        var raw = await RawPasswordAsync();
        Assert.False(string.IsNullOrEmpty(raw));
        Assert.DoesNotContain(Password, raw, StringComparison.Ordinal);
        Assert.Equal(Password, scenario.Services.Provider.GetRequiredService<SmtpSecrets>().Unprotect(raw));
        var dto = await GetAsync();
        Assert.True(dto.HasPassword);
        Assert.DoesNotContain(Password, dto.ToString(), StringComparison.Ordinal);

        Assert.True((await SaveAsync("smtp2.exemplo.example", "465", "cobranca@salvo.example", "usuario@exemplo.example", "")).IsSuccess);
        Assert.Equal(raw, await RawPasswordAsync());
        Assert.Equal("smtp2.exemplo.example", (await GetAsync()).Host);

        Assert.True((await SaveAsync("smtp2.exemplo.example", "465", "cobranca@salvo.example", "", "")).IsSuccess);
        Assert.Null(await RawPasswordAsync());
        Assert.False((await GetAsync()).HasPassword);
    }

    [Fact]
    public async Task InvalidInput_GetsPtBrMessages_AndNothingIsWritten()
    {
        var first = await SaveAsync("", "0", "nao-e-email");
        Assert.Equal(
            ["Informe o servidor SMTP.", "A porta deve ser um número entre 1 e 65535.", "E-mail do remetente inválido: nao-e-email"],
            first.Errors.Select(e => e.Message));
        Assert.Equal(0L, await RowsAsync());

        Assert.Equal("A porta deve ser um número entre 1 e 65535.", Assert.Single((await SaveAsync("smtp.exemplo.example", "70000", "a@exemplo.example")).Errors).Message);
        Assert.Equal("A porta deve ser um número entre 1 e 65535.", Assert.Single((await SaveAsync("smtp.exemplo.example", "vinte e cinco", "a@exemplo.example")).Errors).Message);
        Assert.Equal("Informe a senha do usuário SMTP.", Assert.Single((await SaveAsync("smtp.exemplo.example", "25", "a@exemplo.example", "usuario")).Errors).Message);
        Assert.Single((await SaveAsync("smtp.exemplo.example", "25", "a@exemplo.example", senderName: new string('x', 101))).Errors);
        Assert.Single((await SaveAsync(new string('h', 256), "25", "a@exemplo.example")).Errors);
        Assert.Equal(0L, await RowsAsync());

        // With a row saved, a bad save leaves it exactly as it was.
        Assert.True((await SaveAsync("smtp.exemplo.example", "25", "a@exemplo.example")).IsSuccess);
        Assert.False((await SaveAsync("outro.exemplo.example", "25", "b@@exemplo")).IsSuccess);
        var kept = await GetAsync();
        Assert.Equal(("smtp.exemplo.example", "a@exemplo.example"), (kept.Host, kept.SenderAddress));
    }

    [Fact]
    public async Task TestEmail_ReachesTheServer_OrReportsTheSmtpErrorInPtBr()
    {
        var port = FreePort();
        Assert.True((await SaveAsync("127.0.0.1", Text(port), "cobranca@salvo.example")).IsSuccess);

        var down = await scenario.In<IEmailSettings, Result>(s => s.SendTestAsync("admin@exemplo.example", "admin", default));
        Assert.StartsWith($"Não foi possível conectar ao servidor SMTP 127.0.0.1:{port}", Assert.Single(down.Errors).Message, StringComparison.Ordinal);

        var invalid = await scenario.In<IEmailSettings, Result>(s => s.SendTestAsync("nao-e-email", "admin", default));
        Assert.Equal("Endereço de e-mail inválido: nao-e-email", Assert.Single(invalid.Errors).Message);

        using var server = SimpleSmtpServer.Start(port);
        var sent = await scenario.In<IEmailSettings, Result>(s => s.SendTestAsync("admin@exemplo.example", "admin", default));
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors.Select(e => e.Message)));
        var mail = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Assert.Single(server.ReceivedEmail).Data)));
        Assert.Equal("admin@exemplo.example", mail.To.Mailboxes.Single().Address);
        Assert.Equal("Tiflux: e-mail de teste", mail.Subject);
    }

    [Fact]
    public async Task FailedDelivery_RecordsThePtBrReason()
    {
        var port = FreePort();
        Assert.True((await SaveAsync("127.0.0.1", Text(port), "cobranca@salvo.example")).IsSuccess);
        var id = await QueueAsync();

        await Assert.ThrowsAsync<EmailDeliveryException>(() => RunJobAsync(id));

        var row = (await scenario.In<INotificationsModule, IReadOnlyList<OutgoingMessageDto>>(n => n.ListMessagesForAsync(scenario.Billing.Summary.Id, default))).Single(m => m.Id == id);
        Assert.StartsWith($"Não foi possível conectar ao servidor SMTP 127.0.0.1:{port}", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessagesOfABilling_AreListed_AndOnlyThoseCanBeResentThroughIt()
    {
        var id = await QueueAsync();
        var billing = scenario.Billing.Summary.Id;

        var listed = await scenario.In<INotificationsModule, IReadOnlyList<OutgoingMessageDto>>(n => n.ListMessagesForAsync(billing, default));
        Assert.Contains(listed, m => m.Id == id);
        Assert.Empty(await scenario.In<INotificationsModule, IReadOnlyList<OutgoingMessageDto>>(n => n.ListMessagesForAsync(Guid.NewGuid(), default)));

        var other = await scenario.In<INotificationsModule, Result<Guid>>(n => n.ResendForAsync(Guid.NewGuid(), id, "financeiro", default));
        Assert.Equal("not_found", Assert.Single(other.Errors).Code);
        var resent = await scenario.In<INotificationsModule, Result<Guid>>(n => n.ResendForAsync(billing, id, "financeiro", default));
        Assert.True(resent.IsSuccess);
        Assert.Equal(id, resent.Value);
    }
}
