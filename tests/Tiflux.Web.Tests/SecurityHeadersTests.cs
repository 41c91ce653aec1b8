using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Tiflux.Web.Tests;

/// <summary>Browser security headers on every page (docs/decisions/0011-browser-security.md) and the error page's status.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SecurityHeadersTests(AppFixture app)
{
    private const string PagePolicyStart = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Every Razor Page without route parameters, read from the endpoint table, so a new page is covered without editing this test.</summary>
    private IReadOnlyList<string> PageUrls() =>
    [
        .. app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    private static void AssertHeaders(HttpResponseMessage response, string url, string policyStart = PagePolicyStart)
    {
        var headers = response.Headers;
        var csp = Assert.Single(headers.GetValues("Content-Security-Policy"));
        Assert.True(csp.StartsWith(policyStart, StringComparison.Ordinal), $"{url}: CSP '{csp}'");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task EveryPage_ForAnAdmin_CarriesTheSecurityHeaders()
    {
        var urls = PageUrls();
        Assert.NotEmpty(urls);
        Assert.Contains("/faturamento", urls);
        using var client = await app.Factory.SignInAsAdminAsync();

        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            AssertHeaders(response, url);
        }
    }

    [Theory]
    [InlineData("/conta/entrar")]
    [InlineData("/erro/404")]
    [InlineData("/css/site.css")]
    [InlineData("/js/billing-finalize.js")]
    [InlineData("/pagina-que-nao-existe")]
    public async Task AnonymousResponses_CarryTheSecurityHeaders(string url)
    {
        using var client = app.Factory.CreateAppClient();

        using var response = await client.GetAsync(url);

        AssertHeaders(response, url);
    }

    [Fact]
    public async Task HangfireDashboard_HasItsRelaxedPolicy_OnlyThere()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHeaders(response, "/hangfire", "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'");
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptsStylesOrHandlers()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var url in PageUrls())
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            var page = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Empty(page.QuerySelectorAll("script:not([src])").Select(_ => url));
            Assert.Empty(page.QuerySelectorAll("style, [style]").Select(_ => url));
            Assert.Empty(page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))).Select(e => $"{url}: {e.LocalName}"));
        }
    }

    [Theory]
    [InlineData("/erro/2147483647", HttpStatusCode.NotFound)]
    [InlineData("/erro/200", HttpStatusCode.NotFound)]
    [InlineData("/erro/999", HttpStatusCode.NotFound)]
    [InlineData("/erro/503", HttpStatusCode.ServiceUnavailable)]
    [InlineData("/erro/403", HttpStatusCode.Forbidden)]
    public async Task ErrorPage_OnlyAnswersRealErrorStatuses(string url, HttpStatusCode expected)
    {
        using var client = app.Factory.CreateAppClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
    }
}
