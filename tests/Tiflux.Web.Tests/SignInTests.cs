using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Web.Identity;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests;

[Collection(AppTestGroup.Name)]
public sealed class SignInTests(AppFixture app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/clientes")]
    [InlineData("/faturamento")]
    [InlineData("/configuracoes")]
    public async Task Page_WhenAnonymous_RedirectsToSignIn(string url)
    {
        using var client = app.Factory.CreateAppClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/conta/entrar", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_WhenAnonymous_IsServed()
    {
        using var client = app.Factory.CreateAppClient();

        var page = await client.GetPageAsync("/conta/entrar");

        Assert.Equal("Entrar no Tiflux", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Admin_WhenSignedIn_SeesDashboardWithNavigation()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        var page = await client.GetPageAsync("/");

        var nav = page.QuerySelectorAll("nav.mainnav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Dashboard", "Clientes", "Contratos", "Tickets", "Faturamento", "Relatórios", "Configurações"], nav);
        Assert.Contains("Administrador", page.QuerySelector("p.muted")!.TextContent, StringComparison.Ordinal);
        Assert.All(
            ["#painel-pendente", "#painel-faturado", "#painel-cobrancas", "#painel-reajuste", "#painel-lembrete", "#bancos-acabando", "#painel-revisao", "#painel-abertos"],
            tile => Assert.NotNull(page.QuerySelector(tile)));
    }

    [Fact]
    public async Task SignIn_WithWrongPasswordFiveTimes_LocksTheAccount()
    {
        var (email, password) = await app.Factory.CreateUserAsync(Groups.Finance);
        using var client = app.Factory.CreateAppClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var failed = await client.SubmitFormAsync("/conta/entrar", Form(email, "wrong-password-1A!"));
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var withRightPassword = await client.SubmitFormAsync("/conta/entrar", Form(email, password));
        var body = await withRightPassword.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("bloqueado por 15 minutos", body, StringComparison.Ordinal); // the same answer as a wrong password (no enumeration)
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsMessageInPortuguese()
    {
        using var client = app.Factory.CreateAppClient();

        using var response = await client.SubmitFormAsync("/conta/entrar", Form(TestKit.TifluxAppFactory.AdminEmail, "nope-Nope-1!"));

        Assert.Contains("E-mail ou senha inválidos.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = app.Factory.CreateAppClient();
        using var content = new FormUrlEncodedContent(Form(TestKit.TifluxAppFactory.AdminEmail, app.Factory.AdminPassword));

        using var response = await client.Http.PostAsync(new Uri("/conta/entrar", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SettingsPage_ForTechnician_IsForbidden()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Technician);

        using var response = await client.GetAsync("/configuracoes");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Acesso negado", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        using var signOut = await client.SubmitFormAsync("/", new Dictionary<string, string>(), "form.logout");
        using var afterwards = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }

    private static Dictionary<string, string> Form(string email, string password) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };
}
