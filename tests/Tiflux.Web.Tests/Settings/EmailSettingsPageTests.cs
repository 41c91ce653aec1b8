using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;
using Tiflux.Billing.PublicApi;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Web.Tests.Billing;
using BillingScenario = Tiflux.Web.Tests.Billing.BillingScenario;

namespace Tiflux.Web.Tests.Settings;

/// <summary>
/// The real host with its own database and no Hangfire server (the test runs the e-mail job itself, so "Na fila" is
/// stable). The <c>Smtp</c> configuration and every save point at <see cref="EmailHost.SmtpPort"/>, where an
/// in-process SMTP server listens only while a test starts one.
/// </summary>
public sealed class EmailHost : IAsyncLifetime
{
    public int SmtpPort { get; } = FreePort();

    public TestDatabase Database { get; private set; } = null!;

    public Factory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        App = new Factory(Database, SmtpPort);
        _ = App.Server;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public sealed class Factory(TestDatabase database, int smtpPort) : TifluxAppFactory(database, runJobs: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:Security", "None");
            builder.UseSetting("Smtp:Sender", "Configuração <config@tiflux.example>");
            builder.UseSetting("Smtp:TimeoutSeconds", "5");
        }
    }
}

/// <remarks>
/// In the app collection: its host is a second Hangfire host, so no test of the shared fixture may run meanwhile, and
/// each test points Hangfire's static configuration back at the fixture when it ends.
/// </remarks>
[Collection(AppTestGroup.Name)]
public sealed partial class EmailSettingsPageTests(AppFixture app, EmailHost host) : IClassFixture<EmailHost>, IDisposable
{
    public void Dispose() => HangfireStatics.PointAt(app.Factory.Services);

    private const string Url = "/configuracoes/email";
    private const string Password = "Senha-De-Teste-9f3k!";

    private string Port => host.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    private static Dictionary<string, string> SmtpFields(string port, string sender, string user = "", string password = "") => Fields(
        ("Input.Host", "127.0.0.1"), ("Input.Port", port), ("Input.Security", "None"), ("Input.SenderName", "Financeiro Teste"),
        ("Input.SenderAddress", sender), ("Input.UserName", user), ("Input.Password", password));

    [GeneratedRegex(@"^Enviado em \d{2}/\d{2}/\d{4} \d{2}:\d{2}$")]
    private static partial Regex SentAt();

    [Theory]
    [InlineData(Groups.Finance)]
    [InlineData(Groups.Technician)]
    public async Task NonAdmin_GetsForbidden(string role)
    {
        using var client = await host.App.SignInAsNewUserAsync(role);
        using var get = await client.GetAsync(Url);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
    }

    [Fact]
    public async Task Admin_SavesSettings_PasswordEncryptedAndNeverRendered_BadInputSavesNothing_TestEmailArrives()
    {
        using var admin = await host.App.SignInAsAdminAsync();
        var index = await admin.GetPageAsync("/configuracoes");
        Assert.Contains(index.QuerySelectorAll("#finance-settings a"), a => a.GetAttribute("href") == Url);

        // Bad input first: pt-BR messages, nothing written.
        using (var bad = await admin.SubmitFormAsync(Url, SmtpFields("70000", "nao-e-email"), "#smtp"))
        {
            Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
            var page = await BrowserForm.ParseAsync(bad);
            Assert.Equal(
                ["A porta deve ser um número entre 1 e 65535.", "E-mail do remetente inválido: nao-e-email"],
                page.QuerySelectorAll("#erros-smtp li").Select(li => li.TextContent));
        }

        Assert.Equal(0L, await host.Database.ScalarAsync<long>("SELECT count(*) FROM notifications.smtp_settings"));

        using (var saved = await admin.SubmitFormAsync(Url, SmtpFields(Port, "cobranca@tiflux.example", "usuario", Password), "#smtp"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var raw = await host.Database.ScalarAsync<string>("SELECT password_protected FROM notifications.smtp_settings WHERE id = 1");
        Assert.False(string.IsNullOrEmpty(raw));
        Assert.DoesNotContain(Password, raw, StringComparison.Ordinal);
        using (var get = await admin.GetAsync(Url))
        {
            var html = await get.Content.ReadAsStringAsync();
            Assert.DoesNotContain(Password, html, StringComparison.Ordinal);
            Assert.DoesNotContain(raw!, html, StringComparison.Ordinal);
            var page = await BrowserForm.ParseAsync(get);
            Assert.Equal("", page.QuerySelector("input[name='Input.Password']")!.GetAttribute("value") ?? "");
            Assert.Equal("configurada", page.QuerySelector("#senha-situacao")!.TextContent);
            Assert.Equal("cobranca@tiflux.example", page.QuerySelector("input[name='Input.SenderAddress']")!.GetAttribute("value"));
            Assert.Contains("Configuração salva por", page.QuerySelector("#origem")!.TextContent, StringComparison.Ordinal);
        }

        // The in-process server takes no authentication: save without a user (drops the password) and test.
        using (var noAuth = await admin.SubmitFormAsync(Url, SmtpFields(Port, "cobranca@tiflux.example"), "#smtp"))
        {
            Assert.Equal(HttpStatusCode.Redirect, noAuth.StatusCode);
        }

        using (var down = await admin.SubmitFormAsync(Url, Fields(("destinatario", "admin@tiflux.example")), "#teste", $"{Url}?handler=Teste"))
        {
            var page = await BrowserForm.ParseAsync(down);
            Assert.StartsWith($"Não foi possível conectar ao servidor SMTP 127.0.0.1:{Port}", page.QuerySelector("#erro-teste li")!.TextContent, StringComparison.Ordinal);
        }

        using var server = SimpleSmtpServer.Start(host.SmtpPort);
        using (var test = await admin.SubmitFormAsync(Url, Fields(("destinatario", "admin@tiflux.example")), "#teste", $"{Url}?handler=Teste"))
        {
            Assert.Equal(HttpStatusCode.Redirect, test.StatusCode);
        }

        var mail = Assert.Single(server.ReceivedEmail);
        Assert.Equal("admin@tiflux.example", mail.ToAddresses.Single().Address);
        Assert.Equal("cobranca@tiflux.example", mail.FromAddress.Address);
    }

    [Fact]
    public async Task BillingPage_ShowsQueuedThenSent_AndAFailedEmailWithItsReason_ThatFinanceCanResend()
    {
        var scenario = await BillingScenario.CreateAsync(host.App.Services);
        Guid billingId, queuedId, failingId;
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<IBillingWorkflow>();
            var today = BillingScenario.Today;
            var created = await workflow.CommitBillingAsync(new CommitBillingRequest(
                new BillingDraftRequest(scenario.ClientId, new PendingRequest(today, null, [scenario.ClientId], PendingScope.Both), [], true),
                null, today, today.AddDays(10), 0m, 0m, null, null, [], "financeiro@tiflux.example"), default);
            Assert.True(created.IsSuccess, string.Join("; ", created.Errors.Select(e => e.Message)));
            billingId = created.Value.Id;
            var notifications = scope.ServiceProvider.GetRequiredService<INotificationsModule>();
            queuedId = (await notifications.QueueBillingPdfEmailAsync(new BillingPdfEmailRequest(billingId, ["cliente@exemplo.example"], ClosingReportLayout.Synthetic, "financeiro@tiflux.example"), default)).Value;
            failingId = (await notifications.QueueBillingPdfEmailAsync(new BillingPdfEmailRequest(billingId, ["outro@exemplo.example"], ClosingReportLayout.Detailed, "financeiro@tiflux.example"), default)).Value;
        }

        var url = $"/faturamento/{billingId}";
        using var finance = await host.App.SignInAsNewUserAsync(Groups.Finance);
        string State(AngleSharp.Html.Dom.IHtmlDocument page, Guid id) => page.QuerySelector($"#emails tr.email[data-id='{id}'] .state")!.TextContent.Trim();

        var queued = await finance.GetPageAsync(url);
        Assert.Equal("Na fila", State(queued, queuedId));
        Assert.Equal("cliente@exemplo.example", queued.QuerySelector($"#emails tr.email[data-id='{queuedId}'] .recipients")!.FirstChild!.TextContent.Trim());
        Assert.Contains("financeiro@tiflux.example", queued.QuerySelector($"#emails tr.email[data-id='{queuedId}']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(queued.QuerySelector("#emails .reenviar"));
        Assert.Null(queued.QuerySelector("#link-mensagens"));

        // The last attempt fails (nothing listens): Failed, with the reason.
        await host.Database.ScalarAsync<int>($"UPDATE notifications.outgoing_messages SET attempts = {SendEmailJob.MaxAttempts - 1} WHERE id = '{failingId}'");
        await Assert.ThrowsAsync<EmailDeliveryException>(() => RunJobAsync(failingId));

        using (var server = SimpleSmtpServer.Start(host.SmtpPort))
        {
            await RunJobAsync(queuedId);
            Assert.Equal(1, server.ReceivedEmailCount);
        }

        var after = await finance.GetPageAsync(url);
        Assert.Matches(SentAt(), State(after, queuedId));
        Assert.StartsWith($"Falhou: Não foi possível conectar ao servidor SMTP 127.0.0.1:{Port}", State(after, failingId), StringComparison.Ordinal);
        Assert.Single(after.QuerySelectorAll("#emails .reenviar"));

        using (var resent = await finance.SubmitAsync(after, $"#emails tr.email[data-id='{failingId}'] form.reenviar", pageUrl: url))
        {
            Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        }

        Assert.Equal("Na fila", State(await finance.GetPageAsync(url), failingId));
        using (var server = SimpleSmtpServer.Start(host.SmtpPort))
        {
            await RunJobAsync(failingId);
            Assert.Equal(1, server.ReceivedEmailCount);
        }

        Assert.Matches(SentAt(), State(await finance.GetPageAsync(url), failingId));
        using var admin = await host.App.SignInAsAdminAsync();
        Assert.NotNull((await admin.GetPageAsync(url)).QuerySelector("#link-mensagens"));
    }

    private async Task RunJobAsync(Guid id)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendEmailJob>().RunAsync(id, CancellationToken.None);
    }
}
