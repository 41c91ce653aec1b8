using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using netDumbster.smtp;
using OtpNet;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.TestKit;
using Tiflux.Web.Pages.Account;

namespace Tiflux.Web.Tests.Account;

/// <summary>
/// Issue 21's flow clicked in Chromium: the admin invites a technician; the invitation goes out over SMTP to an
/// in-process server; in a browser of her own the technician opens the e-mail's link, creates her password, sets up
/// two-factor sign-in with the key the page shows (codes computed with Otp.NET, as an authenticator app would), signs out
/// and signs in again with password and code. The host runs no Hangfire server, so the test runs the e-mail job itself.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed partial class InviteBrowserFlowTests(AppFixture app)
{
    private const string Name = "Técnica Teste";

    [Fact]
    public async Task AdminInvitesATechnician_WhoSetsPasswordAndTwoFactorFromTheEmailLink_AndSignsInWithACode()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new KestrelAppFactory(database, app.Factory.Services);
        var address = factory.Start();
        var smtpPort = FreePort();
        await SaveSmtpSettingsAsync(factory, smtpPort);
        using var smtp = SimpleSmtpServer.Start(smtpPort);
        var email = $"tecnica-{Guid.NewGuid():N}@msp.example";
        var password = "Tec-" + Guid.NewGuid().ToString("N")[..12] + "!1";

        // The admin invites her from the users page.
        await using var admin = await BrowserSession.StartAsync(address);
        await admin.SignInAsync(TifluxAppFactory.AdminEmail, factory.AdminPassword);
        await admin.Page.GotoAsync("/configuracoes/usuarios");
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "+ Usuário" }).ClickAsync();
        await Assertions.Expect(admin.Page).ToHaveURLAsync(new Regex("/configuracoes/usuarios/novo$"));
        var form = admin.Page.Locator("#user-form");
        await form.Locator("[name='Input.Name']").FillAsync(Name);
        await form.Locator("[name='Input.Email']").FillAsync(email);
        await form.Locator("[name='Input.Phone']").FillAsync("(11) 98765-4321");
        await form.Locator("#permission-groups label.check", new() { HasTextRegex = TechnicianLabel() }).Locator("input[type=checkbox]").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Convidar" }).ClickAsync();
        await Assertions.Expect(admin.Page).ToHaveURLAsync(new Regex("/configuracoes/usuarios/[0-9a-f-]{36}$"));
        // .First: the layout and the page both render the flash today (reported to the lead).
        await Assertions.Expect(admin.Page.Locator(".flash").First).ToHaveTextAsync($"Convite enviado para {email}.");

        // The queued invitation is sent by the e-mail job and arrives at the SMTP server with the link.
        await SendInvitationAsync(factory, email);
        var mail = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Assert.Single(smtp.ReceivedEmail).Data)));
        Assert.Equal(email, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("convite", mail.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"Olá, {Name}.", mail.TextBody, StringComparison.Ordinal);
        var link = InvitationLink().Match(mail.TextBody ?? "").Value;
        Assert.StartsWith(new Uri(address, "/conta/definir-senha?usuario=").ToString(), link, StringComparison.Ordinal);
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(link)}\"", mail.HtmlBody, StringComparison.Ordinal);

        // In her own browser, not signed in, she opens the link and creates her password; the link then stops working.
        await using var technician = await BrowserSession.StartAsync(address);
        var page = technician.Page;
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("strong")).ToHaveTextAsync(email);
        await page.Locator("#set-password [name=NewPassword]").FillAsync(password);
        await page.Locator("#set-password [name=ConfirmPassword]").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Criar senha" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/conta/entrar$"));
        await Assertions.Expect(page.Locator(".flash").First).ToHaveTextAsync("Senha criada. Entre com o seu e-mail e a nova senha.");
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("#invalid-link")).ToHaveTextAsync(SetPasswordModel.InvalidLink);
        await Assertions.Expect(page.Locator("#set-password")).ToHaveCountAsync(0);

        // Signed in with the password alone, she sets up two-factor sign-in.
        await technician.SignInAsync(email, password);
        await Assertions.Expect(page.Locator("header .who").First).ToHaveTextAsync(email);
        await page.GotoAsync("/conta/2fa");
        var key = (await page.Locator("#shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        var setupCode = Code(key, 0);
        await page.Locator("form#enable [name=Code]").FillAsync(setupCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ativar" }).ClickAsync();
        await Assertions.Expect(page.Locator("#recovery-codes li code")).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("ativada");

        // Signed out and in again: the password, then the code step, where the set-up's code is refused and the next one signs in.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sair" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/conta/entrar$"));
        await technician.SignInAsync(email, password);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/conta/entrar/2fa"));
        await Assertions.Expect(page.Locator("header .who")).ToHaveCountAsync(0);
        await page.GetByLabel("Código").FillAsync(setupCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-summary-errors li")).ToHaveTextAsync(TwoFactorModel.ReusedCodeMessage);
        // The authenticator's next code (30 s ahead, which Identity already accepts) instead of waiting for it.
        var freshCode = Code(key, 1);
        Assert.NotEqual(setupCode, freshCode);
        await page.GetByLabel("Código").FillAsync(freshCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(address, "/").ToString());
        await Assertions.Expect(page.Locator("header .who").First).ToHaveTextAsync(email);

        Assert.Empty(admin.CspViolations.Concat(technician.CspViolations));
        Assert.Empty(admin.PageErrors.Concat(technician.PageErrors));
    }

    /// <summary>Runs the e-mail job, as Hangfire would, for the invitation queued to <paramref name="email"/>.</summary>
    private static async Task SendInvitationAsync(KestrelAppFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var messages = await scope.ServiceProvider.GetRequiredService<INotificationsModule>().ListMessagesAsync(1, 50, default);
        var invitation = Assert.Single(messages.Items, m => m.Kind == AccountLinkEmail.Kind && m.Recipients == email);
        await scope.ServiceProvider.GetRequiredService<SendEmailJob>().RunAsync(invitation.Id, default);
    }

    private static async Task SaveSmtpSettingsAsync(KestrelAppFactory factory, int port)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<IEmailSettings>().SaveAsync(
            new SaveSmtpSettingsRequest("127.0.0.1", port.ToString(CultureInfo.InvariantCulture), SmtpSecurityMode.None, "Tiflux", "tiflux@msp.example", null, null, "teste"),
            default);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
    }

    /// <summary>The authenticator app's code <paramref name="steps"/> 30-second steps from now.</summary>
    private static string Code(string key, int steps) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * steps));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The "Técnico" group's label, which also shows the group's description.</summary>
    [GeneratedRegex(@"^\s*Técnico\s")]
    private static partial Regex TechnicianLabel();

    [GeneratedRegex(@"https?://\S+/conta/definir-senha\?usuario=[0-9a-f-]{36}&token=\S+")]
    private static partial Regex InvitationLink();
}
