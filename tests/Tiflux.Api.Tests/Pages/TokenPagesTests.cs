using System.Net;
using AngleSharp.Html.Parser;
using Tiflux.TestKit;

namespace Tiflux.Api.Tests.Pages;

[Collection(ApiTestGroup.Name)]
public sealed class TokenPagesTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_user_creates_a_token_sees_it_once_uses_it_and_revokes_it()
    {
        var (email, password) = await fixture.Factory.CreateUserAsync(Groups.Finance);
        using var browser = fixture.Factory.CreateAppClient();
        await browser.SignInAsync(email, password);

        using var created = await browser.SubmitFormAsync("/conta/tokens", new Dictionary<string, string> { ["Name"] = "Power BI" }, "form#create-token");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await created.Content.ReadAsStringAsync());
        var secret = page.QuerySelector("#token-secret")?.TextContent;
        Assert.StartsWith("tfx_", secret, StringComparison.Ordinal);

        using (var api = fixture.WithToken(secret!))
        {
            (await api.GetAsync("/users/me")).Expect(HttpStatusCode.OK);
        }

        var list = await browser.GetPageAsync("/conta/tokens");
        Assert.Null(list.QuerySelector("#token-secret"));
        var row = Assert.Single(list.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Power BI", StringComparison.Ordinal));
        Assert.Contains(secret![..12], row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list.Body!.InnerHtml, StringComparison.Ordinal);

        using var revoked = await browser.SubmitFormAsync("/conta/tokens", new Dictionary<string, string>(), "tbody form");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("Revogado", (await browser.GetPageAsync("/conta/tokens")).QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        using (var api = fixture.WithToken(secret))
        {
            (await api.GetAsync("/users/me")).ExpectError(HttpStatusCode.Unauthorized, 40101, "error");
        }
    }

    [Fact]
    public async Task A_token_needs_a_name()
    {
        using var browser = await fixture.Factory.SignInAsAdminAsync();
        using var response = await browser.SubmitFormAsync("/conta/tokens", new Dictionary<string, string> { ["Name"] = "  " }, "form#create-token");
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Dê um nome ao token", page.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#token-secret"));
    }

    [Fact]
    public async Task Tokens_of_other_users_cannot_be_revoked()
    {
        var token = await fixture.IssueTokenAsync(TifluxAppFactory.AdminEmail);
        var (email, password) = await fixture.Factory.CreateUserAsync(Groups.Technician);
        using var browser = fixture.Factory.CreateAppClient();
        await browser.SignInAsync(email, password);
        var adminTokenId = await fixture.InScopeAsync(async sp =>
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Tiflux.Web.Identity.TifluxUser>>(sp);
            var admin = (await users.FindByEmailAsync(TifluxAppFactory.AdminEmail))!;
            var service = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Tiflux.Api.Tokens.ApiTokenService>(sp);
            return (await service.ListAsync(admin.Id, default)).First(t => token.StartsWith(t.Prefix, StringComparison.Ordinal)).Id;
        });

        var form = await browser.GetPageAsync("/conta/tokens");
        var antiforgery = form.QuerySelector("form#create-token input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery });
        using var response = await browser.Http.PostAsync(new Uri($"/conta/tokens?handler=Revoke&id={adminTokenId}", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var api = fixture.WithToken(token);
        (await api.GetAsync("/users/me")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_reference_page_lists_every_route_and_object()
    {
        using var browser = await fixture.Factory.SignInAsAdminAsync();
        var page = await browser.GetPageAsync("/ajuda/api");
        var operations = page.QuerySelectorAll("section.api-operation h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("GET /contracts", operations);
        Assert.Contains("POST /tickets/{ticket_number}/appointments", operations);
        Assert.Contains("GET /reports/billings/history", operations);
        Assert.NotNull(page.QuerySelector("#schema-BillingHistoryItem"));
        Assert.Contains("real_value", page.QuerySelector("#schema-BillingHistoryItem")!.TextContent, StringComparison.Ordinal);

        using var anonymous = fixture.Factory.CreateAppClient();
        using var redirect = await anonymous.GetAsync("/ajuda/api");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_opens_with_the_session_cookie_too()
    {
        using var browser = await fixture.Factory.SignInAsAdminAsync();
        using var response = await browser.GetAsync("/api/v2/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"openapi\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
