using System.Net;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Conventions;

[Collection(ApiTestGroup.Name)]
public sealed class AuthenticationTests(ApiFixture fixture)
{
    public static TheoryData<string> Routes => new()
    {
        "/users/me", "/clients", "/contracts", "/desks", "/tickets", "/appointments?start_date=2026-01-01&end_date=2026-01-31",
        "/reports/billings/history", "/equipments", "/equipment-groups", "/openapi.json",
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_without_a_token_answers_40101(string route)
    {
        using var api = fixture.Anonymous();
        var response = await api.GetAsync(route);
        var messages = response.ExpectError(HttpStatusCode.Unauthorized, 40101, "error");
        Assert.Equal("You need to sign in before continuing.", Assert.Single(messages));
        Assert.Equal("Problems with Authorization", response["message"].GetString());
    }

    [Fact]
    public async Task A_wrong_token_is_refused()
    {
        using var api = fixture.WithToken("tfx_" + new string('x', 43));
        (await api.GetAsync("/users/me")).ExpectError(HttpStatusCode.Unauthorized, 40101, "error");
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var token = await fixture.IssueTokenAsync(Tiflux.TestKit.TifluxAppFactory.AdminEmail);
        using var api = fixture.WithToken(token);
        (await api.GetAsync("/users/me")).Expect(HttpStatusCode.OK);

        var revoked = await fixture.InScopeAsync(async sp =>
        {
            var service = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Tiflux.Api.Tokens.ApiTokenService>(sp);
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Tiflux.Web.Identity.TifluxUser>>(sp);
            var admin = (await users.FindByEmailAsync(Tiflux.TestKit.TifluxAppFactory.AdminEmail))!;
            var newest = (await service.ListAsync(admin.Id, default)).First(t => token.StartsWith(t.Prefix, StringComparison.Ordinal));
            return await service.RevokeAsync(admin.Id, newest.Id, default);
        });

        Assert.True(revoked);
        (await api.GetAsync("/users/me")).ExpectError(HttpStatusCode.Unauthorized, 40101, "error");
    }

    [Fact]
    public async Task The_session_cookie_does_not_open_the_api()
    {
        using var web = fixture.Factory.CreateAppClient();
        await web.SignInAsync(Tiflux.TestKit.TifluxAppFactory.AdminEmail, fixture.Factory.AdminPassword);
        var response = await web.GetAsync("/api/v2/users/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Users_me_describes_the_token_owner()
    {
        using var api = fixture.Client(Groups.Technician);
        var me = (await api.GetAsync("/users/me")).Expect(HttpStatusCode.OK);
        Assert.Equal(ApiFixture.TechnicianName, me["name"].GetString());
        Assert.Equal("attendant", me["_type"].GetString());
        Assert.True(me["id"].GetInt32() > 0);
        Assert.Contains("@", me["email"].GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, me["client_ids"].ValueKind);
        foreach (var field in new[] { "active", "email_info_alert", "extension", "gauth_enabled", "last_login_at", "signature", "technical_group_id", "telephone" })
        {
            Assert.True(me.Json.TryGetProperty(field, out _), field);
        }

        using var portal = fixture.Client(Groups.Client);
        var client = (await portal.GetAsync("/users/me")).Expect(HttpStatusCode.OK);
        Assert.Equal("client", client["_type"].GetString());
        Assert.Single(client["client_ids"].EnumerateArray());
    }
}
