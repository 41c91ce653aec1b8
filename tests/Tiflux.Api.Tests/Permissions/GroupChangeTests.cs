using System.Net;
using Tiflux.TestKit;
using PermissionKeys = Tiflux.SharedKernel.Permissions;

namespace Tiflux.Api.Tests.Permissions;

/// <summary>
/// A change to a permission group applies to its members on their next request, without signing in again: access is
/// re-read on every request for the sign-in cookie and for API tokens alike.
/// </summary>
[Collection(PermissionMatrixGroup.Name)]
public sealed class GroupChangeTests(PermissionMatrixFixture fixture)
{
    [Fact]
    public async Task A_permission_taken_from_the_group_refuses_the_same_api_token_at_once_and_giving_it_back_restores_it()
    {
        var group = await fixture.Factory.CreatePermissionGroupAsync([PermissionKeys.Billing, PermissionKeys.TicketsView]);
        var (email, _) = await fixture.Factory.CreateUserAsync(group);
        using var api = fixture.Client(await fixture.Factory.IssueApiTokenAsync(email));
        (await api.GetAsync("/billing/pending")).Expect(HttpStatusCode.OK);

        await fixture.Factory.SetGroupPermissionsAsync(group, [PermissionKeys.TicketsView]);

        (await api.GetAsync("/billing/pending")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
        (await api.GetAsync("/tickets")).Expect(HttpStatusCode.OK);

        await fixture.Factory.SetGroupPermissionsAsync(group, [PermissionKeys.TicketsView, PermissionKeys.Billing]);

        (await api.GetAsync("/billing/pending")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_permission_taken_from_the_group_refuses_the_same_cookie_at_once_and_giving_it_back_restores_it()
    {
        var group = await fixture.Factory.CreatePermissionGroupAsync([PermissionKeys.Billing, PermissionKeys.TicketsView]);
        var (email, password) = await fixture.Factory.CreateUserAsync(group);
        using var browser = fixture.Factory.CreateAppClient();
        await browser.SignInAsync(email, password);
        await ExpectAsync(browser, "/faturamento", HttpStatusCode.OK);

        await fixture.Factory.SetGroupPermissionsAsync(group, [PermissionKeys.TicketsView]);

        await ExpectAsync(browser, "/faturamento", HttpStatusCode.Forbidden);
        // Still signed in: only the permission went away.
        await ExpectAsync(browser, "/tickets", HttpStatusCode.OK);

        await fixture.Factory.SetGroupPermissionsAsync(group, [PermissionKeys.TicketsView, PermissionKeys.Billing]);

        await ExpectAsync(browser, "/faturamento", HttpStatusCode.OK);
    }

    private static async Task ExpectAsync(AppClient browser, string url, HttpStatusCode status)
    {
        using var response = await browser.GetAsync(url);
        Assert.True(response.StatusCode == status, $"GET {url}: expected {(int)status}, got {(int)response.StatusCode} {response.Headers.Location}");
    }
}
