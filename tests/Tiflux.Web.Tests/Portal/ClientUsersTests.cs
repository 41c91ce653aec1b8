using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tiflux.Api.Users;
using Tiflux.Notifications.PublicApi;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;
using Tiflux.Web.Identity.ClientUsers;
using Tiflux.Web.Tests.Requestors;

namespace Tiflux.Web.Tests.Portal;

/// <summary>
/// Client users through the real host: invited from the client's page, they set a password from the e-mailed link,
/// sign in to the portal (terms first), switch between their clients, and stay out of the staff pages; linking an
/// existing client user, refusing a staff e-mail, lockout, and the API's create_client_user / client_ids / authorization_flow.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed partial class ClientUsersTests(AppFixture app)
{
    private const string NewPassword = "Senha-Portal-123!x";

    [Fact]
    public async Task AnInvitedClientUser_SetsTheirPassword_SignsIn_AndLandsOnTheTermsBeforeThePortal()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        using var admin = await app.Factory.SignInAsAdminAsync();
        var email = world.Email("portal");

        using (var invited = await admin.SubmitFormAsync($"/clientes/{world.ClientId}/usuarios-portal/novo", new Dictionary<string, string>
        {
            ["Input.Name"] = "Cliente Convidada", ["Input.Email"] = email,
            ["Input.Permissions"] = ((int)PortalPermissions.OpenTickets).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "form#client-user-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        }

        var user = await UserAsync(email);
        Assert.Equal(UserKind.Client, user.Kind);
        Assert.Equal([world.ClientId], user.ClientIds);
        Assert.Equal(PortalPermissions.OpenTickets, user.PortalPermissions);
        var list = await admin.GetPageAsync($"/clientes/{world.ClientId}/usuarios-portal");
        Assert.Equal("Convite pendente", list.QuerySelector($"tr[data-user='{user.Id}'] .situation")!.TextContent.Trim());
        Assert.Contains(await RequestorsAsync(world.ClientId), r => r.Email == email);

        using var visitor = app.Factory.CreateAppClient();
        var link = await InvitationLinkAsync(user.Id);
        using (var set = await visitor.SubmitFormAsync(link, new Dictionary<string, string> { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword }, "form#set-password"))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        await visitor.SignInAsync(email, NewPassword);
        using var home = await visitor.GetAsync("/");
        Assert.Equal("/portal", home.Headers.Location?.OriginalString);
        using var portalPage = await visitor.GetAsync("/portal/cliente");
        Assert.StartsWith("/portal/termos", portalPage.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using (var accepted = await visitor.SubmitFormAsync("/portal/termos", new Dictionary<string, string>(), "form#accept-terms"))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        Assert.NotNull((await UserAsync(email)).PortalTermsAcceptedAt);
        using var after = await visitor.GetAsync("/portal/cliente");
        Assert.Equal("/portal", after.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ClientUsersStayOutOfStaffPages_AndStaffOutOfThePortal()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        var (portal, _, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.OpenTickets);
        using (portal)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await portal.GetAsync("/tickets")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await portal.GetAsync($"/clientes/{world.ClientId}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await portal.GetAsync("/configuracoes/usuarios")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await portal.GetAsync("/portal/termos")).StatusCode);
            var account = await portal.GetPageAsync("/conta");
            Assert.NotNull(account.QuerySelector("body.portal"));
            Assert.Null(account.QuerySelector("#signature"));
        }

        using var admin = await app.Factory.SignInAsAdminAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/portal/termos")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode);
        Assert.Null((await admin.GetPageAsync("/conta")).QuerySelector("body.portal"));
    }

    [Fact]
    public async Task LinkingAnExistingClientUser_ToASecondClient_LetsThemSwitch_ButNotToAClientNotTheirs()
    {
        var first = await RequestorWorld.CreateAsync(app.Factory);
        var second = await RequestorWorld.CreateAsync(app.Factory);
        var stranger = await RequestorWorld.CreateAsync(app.Factory);
        var (portal, email, userId) = await app.Factory.SignInAsClientUserAsync(first.ClientId, PortalPermissions.OpenTickets);
        using var admin = await app.Factory.SignInAsAdminAsync();

        using (var linked = await admin.SubmitFormAsync($"/clientes/{second.ClientId}/usuarios-portal/novo",
            new Dictionary<string, string> { ["Input.Name"] = "Outro nome", ["Input.Email"] = email }, "form#client-user-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        }

        var user = await UserAsync(email);
        Assert.Equal([first.ClientId, second.ClientId], user.ClientIds);
        Assert.Equal(first.ClientId, user.ClientId);
        Assert.Equal(PortalPermissions.OpenTickets, user.PortalPermissions);
        Assert.Contains(await RequestorsAsync(second.ClientId), r => r.Email == email);

        using (portal)
        {
            var before = await portal.GetPageAsync("/portal/termos");
            Assert.Equal(first.ClientId.ToString(), before.QuerySelector("#client-switcher option[selected]")!.GetAttribute("value"));

            using (var switched = await portal.SubmitFormAsync("/portal/termos", new Dictionary<string, string> { ["clientId"] = second.ClientId.ToString() }, "form#client-switcher"))
            {
                Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
            }

            Assert.Equal(second.ClientId, (await UserAsync(email)).ClientId);
            var after = await portal.GetPageAsync("/portal/termos");
            Assert.Equal(second.ClientId.ToString(), after.QuerySelector("#client-switcher option[selected]")!.GetAttribute("value"));

            using var refused = await portal.SubmitFormAsync("/portal/termos", new Dictionary<string, string> { ["clientId"] = stranger.ClientId.ToString() }, "form#client-switcher");
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal(second.ClientId, (await UserAsync(email)).ClientId);
        }

        // Unlinking the client they work as moves them to the one left.
        using (var saved = await admin.SubmitFormAsync($"/clientes/{first.ClientId}/usuarios-portal/{userId}",
            new Dictionary<string, string> { ["ClientIds"] = first.ClientId.ToString() }, "form#client-user-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(first.ClientId, (await UserAsync(email)).ClientId);
    }

    [Fact]
    public async Task AStaffEmail_IsRefused_WithAClearMessage()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        var (staffEmail, _) = await app.Factory.CreateUserAsync(Groups.Technician);
        using var admin = await app.Factory.SignInAsAdminAsync();

        using var response = await admin.SubmitFormAsync($"/clientes/{world.ClientId}/usuarios-portal/novo",
            new Dictionary<string, string> { ["Input.Name"] = "Técnico", ["Input.Email"] = staffEmail }, "form#client-user-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(InviteClientUser.StaffEmail, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var staff = await UserAsync(staffEmail);
        Assert.Equal(UserKind.Staff, staff.Kind);
        Assert.Empty(staff.ClientIds);
    }

    [Fact]
    public async Task ClientUsers_AreLockedOut_AfterFiveWrongPasswords_LikeStaff()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        var (portal, email, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.OpenTickets);
        portal.Dispose();
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, NewPassword);
        }

        using var visitor = app.Factory.CreateAppClient();
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => visitor.SignInAsync(email, "Senha-Errada-999!"));
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => visitor.SignInAsync(email, NewPassword));
        Assert.True((await UserAsync(email)).LockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task TheApi_CreatesAClientUser_LinksThemToClients_AndSwitchesTheClientsAuthorizationFlow()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        var other = await RequestorWorld.CreateAsync(app.Factory);
        var token = await app.Factory.IssueApiTokenAsync(TifluxAppFactory.AdminEmail);
        using var api = app.Factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var clientNumber = await ClientNumberAsync(api, world.ClientName);
        var otherNumber = await ClientNumberAsync(api, other.ClientName);

        using var refused = await api.PutAsync(Url($"/clients/{clientNumber}"), Json(new { authorization_flow = true }));
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("authorization_flow", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var email = world.Email("api");
        using var created = await api.PostAsync(Url($"/clients/{clientNumber}/users"),
            Json(new { user = new { name = "Autorizadora", email, extension = 12, telephone = "11 4000-1234", authorization_flow = true } }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(email, body.GetProperty("email").GetString());
        Assert.Equal("Autorizadora", body.GetProperty("name").GetString());
        Assert.Equal("client", body.GetProperty("_type").GetString());
        Assert.Equal([clientNumber], body.GetProperty("client_ids").EnumerateArray().Select(e => e.GetInt32()));
        var userNumber = body.GetProperty("id").GetInt32();
        var user = await UserAsync(email);
        Assert.True((user.PortalPermissions & PortalPermissions.AuthorizeNewTickets) != 0);
        Assert.NotEmpty(await MessagesAsync(user.Id));

        using var on = await api.PutAsync(Url($"/clients/{clientNumber}"), Json(new { authorization_flow = true }));
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        var detail = JsonDocument.Parse(await api.GetStringAsync(Url($"/clients/{clientNumber}"))).RootElement;
        Assert.True(detail.GetProperty("authorization_flow").GetBoolean());
        Assert.Equal(1, detail.GetProperty("user_counter").GetInt32());
        Assert.Equal([userNumber], detail.GetProperty("user_ids").EnumerateArray().Select(e => e.GetInt32()));

        using var both = await api.PutAsync(Url($"/users/{userNumber}"), Json(new { client_ids = new[] { clientNumber, otherNumber } }));
        Assert.Equal(HttpStatusCode.OK, both.StatusCode);
        var linked = JsonDocument.Parse(await both.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(new[] { clientNumber, otherNumber }.Order(), linked.GetProperty("client_ids").EnumerateArray().Select(e => e.GetInt32()).Order());
        Assert.Equal([world.ClientId, other.ClientId], (await UserAsync(email)).ClientIds);

        using var none = await api.PutAsync(Url($"/users/{userNumber}"), Json(new { client_ids = Array.Empty<int>() }));
        Assert.Equal((HttpStatusCode)422, none.StatusCode);

        using var staffEmail = await api.PostAsync(Url($"/clients/{clientNumber}/users"), Json(new { name = "Admin", email = TifluxAppFactory.AdminEmail }));
        Assert.Equal((HttpStatusCode)422, staffEmail.StatusCode);
    }

    private static Uri Url(string path) => new("/api/v2" + path, UriKind.Relative);

    private static StringContent Json(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");

    private static async Task<int> ClientNumberAsync(HttpClient api, string name)
    {
        var list = JsonDocument.Parse(await api.GetStringAsync(Url($"/clients?name={Uri.EscapeDataString(name)}"))).RootElement;
        return list.EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    private async Task<TifluxUser> UserAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>().FindByEmailAsync(email))!;
    }

    private async Task<IReadOnlyList<RequestorDto>> RequestorsAsync(Guid clientId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ITicketRequestors>().ListRequestorsAsync(new RequestorListRequest(ClientId: clientId), default)).Items;
    }

    private async Task<IReadOnlyList<OutgoingMessageDto>> MessagesAsync(Guid userId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<INotificationsModule>().ListMessagesForAsync(userId, default);
    }

    /// <summary>The link in the invitation e-mail queued for the user (its stored text body), as a local path.</summary>
    private async Task<string> InvitationLinkAsync(Guid userId)
    {
        var message = Assert.Single(await MessagesAsync(userId));
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT text_body FROM notifications.outgoing_messages WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", message.Id);
        var url = LinkPattern().Match((string)(await command.ExecuteScalarAsync())!).Value;
        Assert.NotEmpty(url);
        return new Uri(url).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/conta/definir-senha\?\S+")]
    private static partial Regex LinkPattern();
}
