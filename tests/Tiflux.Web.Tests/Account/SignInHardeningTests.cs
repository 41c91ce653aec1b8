using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using Tiflux.SharedKernel;
using Tiflux.Web.Identity;
using Tiflux.Web.Pages.Account;

namespace Tiflux.Web.Tests.Account;

/// <summary>The sign-in form tells nobody which e-mails have accounts, records each account's attempts, and is throttled per IP.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SignInHardeningTests(AppFixture app)
{
    [Fact]
    public async Task UnknownAndLockedAccounts_GetTheSameAnswerAsAWrongPassword()
    {
        var (email, password) = await app.Factory.CreateUserAsync(Roles.Technician);
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
        var (email, password) = await app.Factory.CreateUserAsync(Roles.Finance);
        await FailedSignInMessageAsync(email, "Senha-errada-123");
        using var client = app.Factory.CreateAppClient();
        await client.SignInAsync(email, password);

        var page = await client.GetPageAsync("/conta");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).ToList();
        Assert.Equal(["Entrou", "Recusada: senha incorreta"], rows);
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
