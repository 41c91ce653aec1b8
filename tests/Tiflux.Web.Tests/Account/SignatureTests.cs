using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.TestKit;
using Tiflux.Web.Identity;
using Tiflux.Web.Tests.Billing;

namespace Tiflux.Web.Tests.Account;

/// <summary>Minha conta › Assinatura: the plain-text signature appended to the user's answers on request.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SignatureTests(AppFixture app)
{
    [Fact]
    public async Task TheSignatureIsSaved_ShownAgain_AndClearedWhenBlank()
    {
        var (email, password) = await app.Factory.CreateUserAsync(Groups.Technician);
        using var browser = app.Factory.CreateAppClient();
        await browser.SignInAsync(email, password);

        using var saved = await browser.SubmitFormAsync("/conta", Signature("Ana Técnica\r\nSuporte N2 · (11) 4000-0000 <b>"), "#signature-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Ana Técnica\nSuporte N2 · (11) 4000-0000 <b>", await StoredAsync(email));
        var page = await browser.GetPageAsync("/conta");
        Assert.Equal("Assinatura salva.", page.QuerySelector(".flash")!.TextContent.Trim());
        Assert.Equal("Ana Técnica\nSuporte N2 · (11) 4000-0000 <b>", page.QuerySelector("textarea[name='Signature.Text']")!.TextContent.TrimStart('\n'));

        using var cleared = await browser.SubmitFormAsync("/conta", Signature("   "), "#signature-form");
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Null(await StoredAsync(email));
    }

    [Fact]
    public async Task ASignatureLongerThanTheLimit_IsRefusedWithAMessage_AndTheStoredOneStays()
    {
        var (email, password) = await app.Factory.CreateUserAsync(Groups.Technician);
        using var browser = app.Factory.CreateAppClient();
        await browser.SignInAsync(email, password);
        using var first = await browser.SubmitFormAsync("/conta", Signature("Assinatura antiga"), "#signature-form");
        // Exactly the limit once CRLF counts as one line break: accepted.
        var atLimit = new string('a', UserLimits.SignatureLength - 2) + "\r\nb";
        using var fits = await browser.SubmitFormAsync("/conta", Signature(atLimit), "#signature-form");
        Assert.Equal(HttpStatusCode.Redirect, fits.StatusCode);

        using var tooLong = await browser.SubmitFormAsync("/conta", Signature(new string('x', UserLimits.SignatureLength + 1)), "#signature-form");

        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var page = await BrowserForm.ParseAsync(tooLong);
        Assert.Equal($"A assinatura deve ter no máximo {UserLimits.SignatureLength} caracteres.",
            page.QuerySelector("[data-valmsg-for='Signature.Text']")!.TextContent.Trim());
        Assert.Equal(new string('a', UserLimits.SignatureLength - 2) + "\nb", await StoredAsync(email));
    }

    private static Dictionary<string, string> Signature(string text) => new() { ["Signature.Text"] = text };

    private async Task<string?> StoredAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>().FindByEmailAsync(email))!.Signature;
    }
}
