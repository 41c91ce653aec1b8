using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Tiflux.TestKit;
using Tiflux.Web.Identity;
using Tiflux.Web.Pages.Account;

namespace Tiflux.Web.Tests.Account;

/// <summary>
/// Two-factor sign-in through the real host: set-up on /conta/2fa, the code step after the password, recovery codes,
/// removal, and the organisation's obligation. Codes are computed here with Otp.NET from the key the page shows, as
/// an authenticator app would. Identity accepts codes of two 30-second steps either side of now, so each test uses
/// the codes of now, now + 30 s and now + 60 s, which stay valid for the test's few seconds.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class TwoFactorTests(AppFixture app)
{
    private const string SetupUrl = "/conta/2fa";

    [Fact]
    public async Task SetUp_RefusesAWrongCode_AndARightCodeTurnsItOn_WithTenRecoveryCodesShownOnce()
    {
        var (email, password) = await app.Factory.CreateUserAsync(Groups.Technician);
        using var client = app.Factory.CreateAppClient();
        await client.SignInAsync(email, password);
        Assert.Contains("Autenticação em dois fatores: desativada", Text(await client.GetPageAsync("/conta"), "#two-factor"), StringComparison.Ordinal);

        var page = await client.GetPageAsync(SetupUrl);
        var key = SharedKey(page);
        using var wrong = await client.SubmitFormAsync(SetupUrl, Fields(("Code", WrongCode(key))), "form#enable");
        Assert.Contains(TwoFactorModel.WrongCodeMessage, await HtmlAsync(wrong), StringComparison.Ordinal);
        Assert.False(await TwoFactorEnabledAsync(email));

        using var right = await client.SubmitFormAsync(SetupUrl, Fields(("Code", Code(key, 0))), "form#enable");
        var shown = await ParseAsync(right);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(32, key.Length); // 160 bits in base32
        Assert.NotNull(page.QuerySelector(".qr-code svg path"));
        Assert.Matches(@"^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$", page.QuerySelector("#shared-key")!.TextContent);
        var codes = RecoveryCodes(shown);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.True(await TwoFactorEnabledAsync(email));
        var later = await client.GetPageAsync(SetupUrl);
        Assert.Null(later.QuerySelector("#recovery-codes"));
        Assert.Equal("10", Text(later, "#recovery-left"));
        Assert.Contains("Autenticação em dois fatores: ativada", Text(await client.GetPageAsync("/conta"), "#two-factor"), StringComparison.Ordinal);
        // At rest: the key is encrypted and the recovery codes hashed.
        var stored = await StoredTokensAsync(email);
        Assert.DoesNotContain(key, stored, StringComparison.Ordinal);
        Assert.All(codes, c => Assert.DoesNotContain(c, stored, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SignIn_AsksForTheCode_ARightCodeSignsIn_AReusedOrWrongCodeIsRefused_AndEveryAttemptIsListed()
    {
        var (email, password, key, _) = await UserWithTwoFactorAsync();

        using var browser = app.Factory.CreateAppClient();
        var codeStep = await PasswordStepAsync(browser, email, password);
        using (var notYet = await browser.GetAsync("/"))
        {
            Assert.StartsWith("/conta/entrar?", notYet.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var code = Code(key, 1);
        using var signedIn = await browser.SubmitFormAsync(codeStep, Fields(("Code", code)));
        using var home = await browser.GetAsync("/");

        using var attacker = app.Factory.CreateAppClient();
        var attackerStep = await PasswordStepAsync(attacker, email, password);
        using var reused = await attacker.SubmitFormAsync(attackerStep, Fields(("Code", code)));
        using var wrong = await attacker.SubmitFormAsync(attackerStep, Fields(("Code", WrongCode(key))));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(TwoFactorModel.ReusedCodeMessage, ErrorSummary(await ParseAsync(reused)));
        Assert.Equal(LoginWithTwoFactorModel.WrongCodeMessage, ErrorSummary(await ParseAsync(wrong)));
        using (var stillOut = await attacker.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.Redirect, stillOut.StatusCode);
        }

        var history = (await browser.GetPageAsync("/conta")).QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim());
        // Newest first; the last "Entrou" is the password-only sign-in that set 2FA up.
        Assert.Equal(["Recusada: senha ou código incorreto", "Recusada: senha ou código incorreto", "Entrou", "Entrou"], history);
    }

    [Fact]
    public async Task FiveWrongCodes_LockTheAccount()
    {
        var (email, password, key, _) = await UserWithTwoFactorAsync();
        using var client = app.Factory.CreateAppClient();
        var codeStep = await PasswordStepAsync(client, email, password);

        var answers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.SubmitFormAsync(codeStep, Fields(("Code", WrongCode(key))));
            answers.Add(ErrorSummary(await ParseAsync(response)));
        }

        using var rightButLocked = await client.SubmitFormAsync(codeStep, Fields(("Code", Code(key, 1))));

        Assert.Equal(Enumerable.Repeat(LoginWithTwoFactorModel.WrongCodeMessage, 4), answers.Take(4));
        Assert.Equal(LoginWithTwoFactorModel.LockedOutMessage, answers[4]);
        Assert.Equal(LoginWithTwoFactorModel.LockedOutMessage, ErrorSummary(await ParseAsync(rightButLocked)));
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce_AndNotTwice()
    {
        var (email, password, _, codes) = await UserWithTwoFactorAsync();

        using var first = app.Factory.CreateAppClient();
        await PasswordStepAsync(first, email, password);
        using var used = await first.SubmitFormAsync("/conta/entrar/recuperacao", Fields(("Code", codes[0])));
        using var second = app.Factory.CreateAppClient();
        await PasswordStepAsync(second, email, password);
        using var again = await second.SubmitFormAsync("/conta/entrar/recuperacao", Fields(("Code", codes[0])));
        // Typed in lower case and without the hyphen, another code still works.
        using var other = await second.SubmitFormAsync("/conta/entrar/recuperacao", Fields(("Code", codes[1].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant())));

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(LoginWithRecoveryCodeModel.WrongCodeMessage, ErrorSummary(await ParseAsync(again)));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal("8", Text(await second.GetPageAsync(SetupUrl), "#recovery-left"));
    }

    [Fact]
    public async Task NewRecoveryCodes_NeedACurrentCode_AndReplaceTheOldOnes()
    {
        var (email, password, key, old) = await UserWithTwoFactorAsync();
        using var client = await SignedInWithCodeAsync(email, password, key);

        using var wrong = await client.SubmitFormAsync(SetupUrl, Fields(("Code", WrongCode(key))), "form#regenerate");
        using var right = await client.SubmitFormAsync(SetupUrl, Fields(("Code", Code(key, 2))), "form#regenerate");
        var fresh = RecoveryCodes(await ParseAsync(right));

        Assert.Contains(TwoFactorModel.WrongCodeMessage, await HtmlAsync(wrong), StringComparison.Ordinal);
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(old));
        using var withOld = app.Factory.CreateAppClient();
        await PasswordStepAsync(withOld, email, password);
        using var refused = await withOld.SubmitFormAsync("/conta/entrar/recuperacao", Fields(("Code", old[0])));
        Assert.Equal(LoginWithRecoveryCodeModel.WrongCodeMessage, ErrorSummary(await ParseAsync(refused)));
    }

    [Fact]
    public async Task Removal_NeedsACodeOrARecoveryCode_ThenTheSignInAsksOnlyForThePassword()
    {
        var (email, password, key, codes) = await UserWithTwoFactorAsync();
        using var client = await SignedInWithCodeAsync(email, password, key);

        using var wrong = await client.SubmitFormAsync(SetupUrl, Fields(("Code", "ZZZZZ-ZZZZZ")), "form#disable");
        using var removed = await client.SubmitFormAsync(SetupUrl, Fields(("Code", codes[3])), "form#disable");

        Assert.Contains("Informe um código do aplicativo ou um código de recuperação ainda não usado.", await HtmlAsync(wrong), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await TwoFactorEnabledAsync(email));
        var page = await client.GetPageAsync(SetupUrl);
        Assert.NotEqual(key, SharedKey(page)); // a later set-up starts from a new key
        using var passwordOnly = app.Factory.CreateAppClient();
        await passwordOnly.SignInAsync(email, password);
        using var home = await passwordOnly.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task WhenTheOrganisationRequiresIt_AUserWithout2fa_IsSentToSetUp_UntilDone_AndCannotRemoveIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        try
        {
            await using var factory = new RequiredTwoFactorFactory(database);
            using var admin = await factory.SignInAsAdminAsync();
            using var other = await factory.SignInAsAdminAsync();

            var redirects = new List<string?>();
            foreach (var url in new[] { "/", "/clientes", "/conta", "/conta/tokens" })
            {
                using var response = await admin.GetAsync(url);
                redirects.Add(response.Headers.Location?.OriginalString);
            }

            var setup = await admin.GetPageAsync(SetupUrl);
            using var css = await admin.GetAsync("/css/site.css");
            using var api = await admin.GetAsync("/api/v2/users/me");
            var key = SharedKey(setup);
            using var enabled = await admin.SubmitFormAsync(SetupUrl, Fields(("Code", Code(key, 0))), "form#enable");
            using var home = await admin.GetAsync("/");
            using var removal = await admin.SubmitFormAsync(SetupUrl, Fields(("Code", Code(key, 1))), "form#disable");
            using var signOut = await other.SubmitFormAsync(SetupUrl, new Dictionary<string, string>(), "form.logout");
            using var afterSignOut = await other.GetAsync("/");

            Assert.All(redirects, location => Assert.Equal(SetupUrl, location));
            Assert.Contains("A sua organização exige a autenticação em dois fatores", Text(setup, "#required-banner"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode); // the API answers for itself: tokens are not subject to 2FA
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains(TwoFactorModel.RequiredMessage, await HtmlAsync(removal), StringComparison.Ordinal);
            Assert.True(await TwoFactorEnabledAsync(factory, TifluxAppFactory.AdminEmail));
            Assert.Equal("/conta/entrar", signOut.Headers.Location?.OriginalString); // sign-out is not gated
            Assert.StartsWith("/conta/entrar?", afterSignOut.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        finally
        {
            HangfireStatics.PointAt(app.Factory.Services);
        }
    }

    private sealed class RequiredTwoFactorFactory(TestDatabase database) : TifluxAppFactory(database, runJobs: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:RequireTwoFactor", "true");
        }
    }

    /// <summary>A new user who set up two-factor sign-in with the code of the current step.</summary>
    private async Task<(string Email, string Password, string Key, IReadOnlyList<string> RecoveryCodes)> UserWithTwoFactorAsync()
    {
        var (email, password) = await app.Factory.CreateUserAsync(Groups.Finance);
        using var client = app.Factory.CreateAppClient();
        await client.SignInAsync(email, password);
        var key = SharedKey(await client.GetPageAsync(SetupUrl));
        using var enabled = await client.SubmitFormAsync(SetupUrl, Fields(("Code", Code(key, 0))), "form#enable");
        var codes = RecoveryCodes(await ParseAsync(enabled));
        Assert.Equal(10, codes.Count);
        return (email, password, key, codes);
    }

    /// <summary>A client past both steps, with the code of the next step (the current one was used by the set-up).</summary>
    private async Task<AppClient> SignedInWithCodeAsync(string email, string password, string key)
    {
        var client = app.Factory.CreateAppClient();
        var codeStep = await PasswordStepAsync(client, email, password);
        using var signedIn = await client.SubmitFormAsync(codeStep, Fields(("Code", Code(key, 1))));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>Posts the password and returns the URL of the code step the form sends the browser to.</summary>
    private static async Task<string> PasswordStepAsync(AppClient client, string email, string password)
    {
        using var response = await client.SubmitFormAsync("/conta/entrar", Fields(("Input.Email", email), ("Input.Password", password)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/conta/entrar/2fa", location, StringComparison.Ordinal);
        return location;
    }

    private static string SharedKey(IHtmlDocument page) => page.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The authenticator app's code <paramref name="steps"/> 30-second steps from now.</summary>
    private static string Code(string key, int steps) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * steps));

    /// <summary>A 6-digit code that no step near now produces.</summary>
    private static string WrongCode(string key)
    {
        var near = Enumerable.Range(-3, 7).Select(step => Code(key, step)).ToHashSet();
        return Enumerable.Range(0, 100).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    private static List<string> RecoveryCodes(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#recovery-codes li code").Select(c => c.TextContent.Trim())];

    private static string Text(IHtmlDocument page, string selector) =>
        System.Text.RegularExpressions.Regex.Replace(page.QuerySelector(selector)?.TextContent ?? $"(no {selector})", @"\s+", " ").Trim();

    private static string ErrorSummary(IHtmlDocument page) =>
        page.QuerySelector(".validation-summary-errors li")?.TextContent.Trim() ?? "(no message)";

    private static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    private Task<bool> TwoFactorEnabledAsync(string email) => TwoFactorEnabledAsync(app.Factory, email);

    private static async Task<bool> TwoFactorEnabledAsync(TifluxAppFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>();
        return (await users.FindByEmailAsync(email))!.TwoFactorEnabled;
    }

    /// <summary>Every two-factor value stored for the user, as the database holds it.</summary>
    private async Task<string> StoredTokensAsync(string email) =>
        await app.Database.ScalarAsync<string>(
            $"SELECT string_agg(t.value, '|') FROM identity.\"AspNetUserTokens\" t JOIN identity.\"AspNetUsers\" u ON u.id = t.user_id WHERE u.normalized_email = '{email.ToUpperInvariant()}'") ?? "";
}
