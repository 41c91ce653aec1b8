using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using Tiflux.Web.Identity;
using Tiflux.Web.Pages.Account;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Account;

/// <summary>The sign-in form tells nobody which e-mails have accounts, records each account's attempts, and is throttled per IP.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SignInHardeningTests(AppFixture app)
{
    [Fact]
    public async Task UnknownAndLockedAccounts_GetTheSameAnswerAsAWrongPassword()
    {
        var (email, password) = await app.Factory.CreateUserAsync(Groups.Technician);
        var answers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await FailedSignInMessageAsync(email, "Senha-errada-123"));
        }

        answers.Add(await FailedSignInMessageAsync(email, password)); // locked now: even the right password is refused
        answers.Add(await FailedSignInMessageAsync($"ninguem-{Guid.NewGuid():N}@teste.local", "Senha-errada-123"));

        Assert.All(answers, a => Assert.Equal(LoginModel.FailedMessage, a));
    }

    [Fact]
    public async Task MinhaConta_ListsTheAccountsAttempts_NewestFirst()
    {
        var (email, password) = await app.Factory.CreateUserAsync(Groups.Finance);
        await FailedSignInMessageAsync(email, "Senha-errada-123");
        using var client = app.Factory.CreateAppClient();
        await client.SignInAsync(email, password);

        var page = await client.GetPageAsync("/conta");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).ToList();
        Assert.Equal(["Entrou", "Recusada: senha ou código incorreto"], rows);
    }

    [Fact]
    public async Task MinhaConta_ChangesNameAndPhone_AndThePassword_OnlyWithTheCurrentOne()
    {
        var (email, password) = await app.Factory.CreateUserAsync(Groups.Technician);
        using var client = app.Factory.CreateAppClient();
        await client.SignInAsync(email, password);

        using var profile = await client.SubmitFormAsync("/conta", new Dictionary<string, string>
        {
            ["Profile.FullName"] = "Técnica Renomeada",
            ["Profile.PhoneNumber"] = "(11) 98765-4321",
        }, "form#profile");
        using var badPhone = await client.SubmitFormAsync("/conta", new Dictionary<string, string>
        {
            ["Profile.FullName"] = "Outra",
            ["Profile.PhoneNumber"] = "<script>",
        }, "form#profile");
        using var wrongCurrent = await client.SubmitFormAsync("/conta", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = "Nao-e-a-senha-1!",
            ["Password.NewPassword"] = "Nova-Senha-2026!x",
            ["Password.ConfirmPassword"] = "Nova-Senha-2026!x",
        }, "form#password");
        using var changed = await client.SubmitFormAsync("/conta", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = password,
            ["Password.NewPassword"] = "Nova-Senha-2026!x",
            ["Password.ConfirmPassword"] = "Nova-Senha-2026!x",
        }, "form#password");
        var page = await client.GetPageAsync("/conta");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, profile.StatusCode);
        Assert.Contains("O telefone só pode ter números", await badPhone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("A senha atual não confere.", System.Net.WebUtility.HtmlDecode(await wrongCurrent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("Técnica Renomeada", page.QuerySelector("input[name='Profile.FullName']")!.GetAttribute("value"));
        Assert.Equal("(11) 98765-4321", page.QuerySelector("input[name='Profile.PhoneNumber']")!.GetAttribute("value"));
        using var withNew = app.Factory.CreateAppClient();
        await withNew.SignInAsync(email, "Nova-Senha-2026!x");
        Assert.Equal(LoginModel.FailedMessage, await FailedSignInMessageAsync(email, password));
    }

    [Fact]
    public void Throttle_RefusesAnAddressOverItsLimit_AndNotTheOthers()
    {
        using var throttle = new SignInThrottle(Options.Create(new SignInThrottleOptions { AttemptsPerMinutePerIp = 3 }));

        var first = Enumerable.Range(0, 4).Select(_ => throttle.TryAttempt("203.0.113.7")).ToList();

        Assert.Equal([true, true, true, false], first);
        Assert.True(throttle.TryAttempt("203.0.113.8"));
    }

    private async Task<string> FailedSignInMessageAsync(string email, string password)
    {
        using var client = app.Factory.CreateAppClient();
        using var response = await client.SubmitFormAsync("/conta/entrar", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector(".validation-summary-errors li, [data-valmsg-summary] li")?.TextContent.Trim() ?? "(no message) " + (int)response.StatusCode;
    }
}
