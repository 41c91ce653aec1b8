using System.Net;
using Tiflux.Api.Users;
using Tiflux.TestKit;
using Tiflux.Web.Portal;
using Xunit.Abstractions;
using PermissionKeys = Tiflux.SharedKernel.Permissions;

namespace Tiflux.Web.Tests.Permissions;

/// <summary>
/// The page permission matrix (issue 21): every Razor Page is authorised by permissions (or is one of the few open to
/// every signed-in user); a signed-in user whose group lacks one of a page's permissions gets 403, and one whose group
/// grants exactly the page's permissions opens it (a 404 for a dummy id is fine; a 403 or the sign-in page is not).
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class PagePermissionMatrixTests(AppFixture app, ITestOutputHelper output)
{
    /// <summary>Pages anyone may open: the sign-in form and the error pages.</summary>
    private static readonly string[] AnonymousPages = ["/conta/entrar", "/conta/entrar/2fa", "/conta/entrar/recuperacao", "/conta/definir-senha", "/erro/{code:int?}"];

    /// <summary>The policies by user type (staff pages / portal pages), set by folder in Program.cs.</summary>
    private static readonly string[] UserTypePolicies = [UserPolicies.Staff, UserPolicies.Portal];

    /// <summary>
    /// Pages every signed-in user opens, whatever their groups: home (also routed as /Index), Minha conta, tokens,
    /// reports index, API help.
    /// </summary>
    private static readonly string[] SignedInPages = ["/", "/Index", "/conta", "/conta/2fa", "/conta/sair", "/conta/tokens", "/relatorios", "/ajuda/api"];

    [Fact]
    public async Task Every_page_is_authorised_by_permissions_or_known_to_be_open()
    {
        var pages = await PageRoute.PagesAsync(app.Factory.Services);
        Assert.NotEmpty(pages);

        var byRole = pages.Where(p => p.AuthorizeData.Any(a => !string.IsNullOrEmpty(a.Roles))).Select(p => p.Route).ToList();
        var unknownPolicy = pages.Where(p => p.AuthorizeData.Any(a => a.Policy is { } policy && !PermissionKeys.IsKnown(policy) && !UserTypePolicies.Contains(policy) && !PortalPolicies.IsKnown(policy)))
            .Select(p => p.Route).ToList();
        var open = pages.Where(p => p.Permissions.Count == 0 && !p.IsPortal).ToList();
        Assert.True(byRole.Count == 0, "Pages authorised by role names:\n" + string.Join("\n", byRole));
        Assert.True(unknownPolicy.Count == 0, "Pages with a policy that is not a permission:\n" + string.Join("\n", unknownPolicy));
        Assert.Equal(AnonymousPages.Order(StringComparer.Ordinal), open.Where(p => p.IsAnonymous).Select(p => p.Route).Order(StringComparer.Ordinal));
        Assert.Equal(SignedInPages.Order(StringComparer.Ordinal), open.Where(p => !p.IsAnonymous).Select(p => p.Route).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_page_is_for_staff_or_for_client_users_except_account_and_errors()
    {
        var pages = await PageRoute.PagesAsync(app.Factory.Services);
        var portal = pages.Where(p => p.IsPortal).Select(p => p.Route).ToList();
        var neither = pages.Where(p => !p.IsPortal && !p.IsStaffOnly).Select(p => p.Route).ToList();

        Assert.NotEmpty(portal);
        Assert.All(portal, route => Assert.StartsWith("/portal", route, StringComparison.Ordinal));
        Assert.DoesNotContain(pages, p => p.IsPortal && p.IsStaffOnly);
        Assert.All(neither, route => Assert.True(route.StartsWith("/conta", StringComparison.Ordinal) || route.StartsWith("/erro", StringComparison.Ordinal), route));
    }

    [Fact]
    public async Task Client_users_get_403_on_every_staff_page_and_staff_get_403_on_every_portal_page()
    {
        var pages = await PageRoute.PagesAsync(app.Factory.Services);
        var clientId = await AClientAsync();
        var (portal, _, _) = await app.Factory.SignInAsClientUserAsync(clientId, (PortalPermissions)PortalPermissionCatalog.All.Sum(p => (int)p.Flag));
        using var staff = await app.Factory.SignInAsAdminAsync();
        var failures = new List<string>();
        using (portal)
        {
            foreach (var page in pages.Where(p => p.IsStaffOnly && p.Route is not ("/" or "/Index")))
            {
                using var refused = await portal.GetAsync(page.Url);
                if (refused.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"client user on {page.Url}: expected 403, got {Describe(refused)}");
                }
            }

            using var home = await portal.GetAsync("/");
            if (home.Headers.Location?.OriginalString != "/portal")
            {
                failures.Add($"client user on /: expected a redirect to /portal, got {Describe(home)}");
            }

            foreach (var page in pages.Where(p => p.IsPortal))
            {
                using var opened = await portal.GetAsync(page.Url);
                if (opened.StatusCode == HttpStatusCode.Forbidden || (int)opened.StatusCode >= 500 || IsSignInRedirect(opened))
                {
                    failures.Add($"client user on {page.Url}: expected to open, got {Describe(opened)}");
                }

                using var refused = await staff.GetAsync(page.Url);
                if (refused.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"admin on {page.Url}: expected 403, got {Describe(refused)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<Guid> AClientAsync() => (await Requestors.RequestorWorld.CreateAsync(app.Factory)).ClientId;

    [Fact]
    public async Task The_enumeration_finds_known_pages_with_their_permissions()
    {
        var pages = await PageRoute.PagesAsync(app.Factory.Services);

        Assert.Equal([PermissionKeys.Billing], Assert.Single(pages, p => p.Route == "/faturamento").Permissions);
        Assert.Equal([PermissionKeys.OrganizationSettings], Assert.Single(pages, p => p.Route == "/configuracoes").Permissions);
        // The base model's [Authorize] counts as well: an entry needs to see the ticket and to manage appointments.
        Assert.Equal(
            new[] { PermissionKeys.AppointmentsManage, PermissionKeys.TicketsView },
            Assert.Single(pages, p => p.Route == "/tickets/{number:int}/apontamentos/{id}").Permissions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Users_lacking_a_pages_permission_get_403_and_users_with_exactly_its_permissions_open_it()
    {
        var pages = (await PageRoute.PagesAsync(app.Factory.Services)).Where(p => p.Permissions.Count > 0).ToList();
        Assert.NotEmpty(pages);
        var browsers = new Dictionary<string, AppClient>(StringComparer.Ordinal);
        var failures = new List<string>();
        try
        {
            foreach (var page in pages)
            {
                var url = page.Url;
                foreach (var permission in page.Permissions)
                {
                    var lacking = await BrowserAsync(browsers, PermissionKeys.All.Select(p => p.Key).Where(k => k != permission));
                    using var refused = await lacking.GetAsync(url);
                    if (refused.StatusCode != HttpStatusCode.Forbidden)
                    {
                        failures.Add($"{url} without {permission}: expected 403, got {Describe(refused)}");
                    }
                }

                var holding = await BrowserAsync(browsers, page.Permissions);
                using var opened = await holding.GetAsync(url);
                if (opened.StatusCode == HttpStatusCode.Forbidden || (int)opened.StatusCode >= 500 || IsSignInRedirect(opened))
                {
                    failures.Add($"{url} with only {string.Join("+", page.Permissions)}: expected to open, got {Describe(opened)}");
                }
            }
        }
        finally
        {
            foreach (var browser in browsers.Values)
            {
                browser.Dispose();
            }
        }

        var covered = pages.SelectMany(p => p.Permissions).Distinct().ToList();
        output.WriteLine($"{pages.Count} pages under {covered.Count} permissions ({string.Join(", ", covered)}); {browsers.Count} users");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Pages_open_to_every_signed_in_user_open_for_a_user_without_permissions()
    {
        var pages = (await PageRoute.PagesAsync(app.Factory.Services)).Where(p => p.Permissions.Count == 0 && !p.IsAnonymous && !p.IsPortal && p.Route != "/conta/sair").ToList();
        Assert.NotEmpty(pages);
        var group = await app.Factory.CreatePermissionGroupAsync([]);
        using var browser = await app.Factory.SignInAsNewUserAsync(group);

        foreach (var page in pages)
        {
            using var response = await browser.GetAsync(page.Url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page.Url}: {Describe(response)}");
        }
    }

    /// <summary>A signed-in browser of a staff user whose one group grants exactly <paramref name="permissions"/>, one per set.</summary>
    private async Task<AppClient> BrowserAsync(Dictionary<string, AppClient> browsers, IEnumerable<string> permissions)
    {
        var granted = permissions.Order(StringComparer.Ordinal).ToList();
        var key = string.Join(",", granted);
        if (!browsers.TryGetValue(key, out var browser))
        {
            browser = browsers[key] = await app.Factory.SignInAsNewUserAsync(await app.Factory.CreatePermissionGroupAsync(granted));
        }

        return browser;
    }

    private static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString.Contains("/conta/entrar", StringComparison.Ordinal) == true;

    private static string Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode}{(response.Headers.Location is { } location ? " → " + location : "")}";
}
