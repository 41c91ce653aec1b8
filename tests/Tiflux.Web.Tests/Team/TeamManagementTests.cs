using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tiflux.Notifications.PublicApi;
using Tiflux.TestKit;
using Tiflux.Web.Identity;
using Tiflux.Web.Identity.Administration;

namespace Tiflux.Web.Tests.Team;

/// <summary>
/// Configurações › Usuários through the real host: invitation e-mail with a single-use link, the rules an admin can
/// break (duplicate or invalid e-mail, deactivating oneself, leaving nobody able to manage users), deactivation that
/// stops cookies and API tokens at once, and the audit of it all.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed partial class TeamManagementTests(AppFixture app)
{
    private const string NewPassword = "Senha-Nova-123!x";

    [Fact]
    public async Task AnInvitedUser_SetsTheirPasswordFromTheEmailLink_Once_AndSignsIn()
    {
        using var admin = await app.Factory.SignInAsAdminAsync();
        var email = $"convidada-{Guid.NewGuid():N}@teste.local";

        var userId = await InviteAsync(admin, "Técnica Convidada", email, await GroupIdAsync(Groups.Technician));

        var link = await InvitationLinkAsync(userId);
        using var visitor = app.Factory.CreateAppClient();
        Assert.Null((await visitor.GetPageAsync(link)).QuerySelector("#invalid-link"));
        using var set = await visitor.SubmitFormAsync(link, new Dictionary<string, string> { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword }, "form#set-password");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/conta/entrar", set.Headers.Location?.OriginalString);

        await visitor.SignInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync("/faturamento")).StatusCode);

        using var again = app.Factory.CreateAppClient();
        Assert.NotNull((await again.GetPageAsync(link)).QuerySelector("#invalid-link"));
    }

    [Fact]
    public async Task BadInput_GetsClearMessages_AndWritesNothing()
    {
        using var admin = await app.Factory.SignInAsAdminAsync();
        var technicians = await GroupIdAsync(Groups.Technician);
        var (existing, _) = await app.Factory.CreateUserAsync(Groups.Finance);
        var auditBefore = await AuditCountAsync();

        var duplicate = await InviteFormAsync(admin, "Repetida", existing, technicians);
        var invalid = await InviteFormAsync(admin, "Inválida", "nao-e-email", technicians);
        var noGroup = await InviteFormAsync(admin, "Sem grupo", $"semgrupo-{Guid.NewGuid():N}@teste.local", null);

        Assert.Contains(UserFieldRules.DuplicateEmail, duplicate);
        Assert.Contains("E-mail inválido.", invalid);
        Assert.Contains("Escolha ao menos um grupo de permissão.", noGroup);
        Assert.Equal(auditBefore, await AuditCountAsync());
    }

    [Fact]
    public async Task AnAdmin_CannotDeactivateThemselves_NorLeaveNobodyWhoCanManageUsers()
    {
        // A fresh admin of a custom group that can manage users, so the shared bootstrap admin stays untouched.
        var group = await app.Factory.CreatePermissionGroupAsync([Tiflux.SharedKernel.Permissions.UsersManage]);
        var (email, password) = await app.Factory.CreateUserAsync(group);
        using var manager = app.Factory.CreateAppClient();
        await manager.SignInAsync(email, password);
        var self = await UserIdAsync(email);

        // The page offers no "Desativar" on one's own record; a forged post is refused all the same.
        var own = $"/configuracoes/usuarios/{self}";
        Assert.Null((await manager.GetPageAsync(own)).QuerySelector("#deactivate"));
        using var forged = await manager.SubmitFormAsync(own, new Dictionary<string, string>(), "form#user-form", own + "?handler=Deactivate");
        Assert.Contains(ChangeUser.NotYourself, System.Net.WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()));

        // Removing users_manage from every group but this one's members leaves managers; emptying the last ones is refused.
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<Tiflux.Api.Users.IUserAdministration>();
        var groups = scope.ServiceProvider.GetRequiredService<Tiflux.Api.Users.IGroupAdministration>();
        var managing = (await groups.PermissionGroupsAsync(default))
            .Where(g => g.Permissions.Contains(Tiflux.SharedKernel.Permissions.UsersManage)).Select(g => g.Name).ToHashSet();
        var managers = new List<Tiflux.Api.Users.UserRowDto>();
        for (var page = 1; ; page++)
        {
            var rows = await admin.ListAsync(new(null, true, null, null, page, 200), default);
            managers.AddRange(rows.Items.Where(u => u.Type != "client" && u.PermissionGroups.Any(managing.Contains)));
            if (page >= rows.TotalPages)
            {
                break;
            }
        }

        Assert.Contains(managers, u => u.Id == self);
        var actor = new Tiflux.Api.Users.UserActor(self, email);
        var results = new List<Tiflux.SharedKernel.Result>();
        foreach (var other in managers.Where(u => u.Id != self))
        {
            results.Add(await admin.SetActiveAsync(other.Id, false, actor, default));
        }

        try
        {
            Assert.All(results, r => Assert.True(r.IsSuccess));
            var groupId = (await groups.PermissionGroupsAsync(default)).Single(g => g.Name == group).Id;
            var emptied = await groups.SavePermissionGroupAsync(groupId, new(group, null, []), actor, default);
            Assert.False(emptied.IsSuccess);
            Assert.Equal(TeamChange.LastManagerMessage, Assert.Single(emptied.Errors).Message);
            Assert.Contains(Tiflux.SharedKernel.Permissions.UsersManage, (await groups.PermissionGroupsAsync(default)).Single(g => g.Id == groupId).Permissions);
        }
        finally
        {
            foreach (var other in managers.Where(u => u.Id != self))
            {
                await admin.SetActiveAsync(other.Id, true, actor, default);
            }
        }
    }

    [Fact]
    public async Task ADeactivatedUser_LosesCookieAndTokens_AtOnce_AndTheAuditSaysWhoDidIt()
    {
        var (email, password) = await app.Factory.CreateUserAsync(Groups.Technician);
        using var technician = app.Factory.CreateAppClient();
        await technician.SignInAsync(email, password);
        var token = await app.Factory.IssueApiTokenAsync(email);
        using var api = app.Factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await technician.GetAsync("/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v2/users/me", UriKind.Relative))).StatusCode);

        using var admin = await app.Factory.SignInAsAdminAsync();
        var userId = await UserIdAsync(email);
        await SubmitAsync(admin, $"/configuracoes/usuarios/{userId}", "Deactivate");

        using var page = await technician.GetAsync("/tickets");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/conta/entrar", page.Headers.Location?.AbsolutePath ?? page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri("/api/v2/users/me", UriKind.Relative))).StatusCode);
        using var signIn = app.Factory.CreateAppClient();
        await Assert.ThrowsAsync<InvalidOperationException>(() => signIn.SignInAsync(email, password));

        var audit = await admin.GetPageAsync("/configuracoes/usuarios/auditoria");
        var row = audit.QuerySelectorAll("#audit tbody tr").First(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Usuário desativado", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(TifluxAppFactory.AdminEmail, row.TextContent, StringComparison.Ordinal);

        await SubmitAsync(admin, $"/configuracoes/usuarios/{userId}", "Reactivate");
        using var back = app.Factory.CreateAppClient();
        await back.SignInAsync(email, password);
    }

    [Fact]
    public async Task TheApi_CreatesAndUpdatesUsers_AsTheOfficialClientCallsIt()
    {
        var token = await app.Factory.IssueApiTokenAsync(TifluxAppFactory.AdminEmail);
        using var api = app.Factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var admin = await app.Factory.SignInAsAdminAsync();
        var teamName = $"Equipe {Guid.NewGuid():N}"[..20];
        using (await admin.SubmitFormAsync("/configuracoes/grupos-de-atendentes", new Dictionary<string, string> { ["Input.Name"] = teamName }, "form#new-attendant-group"))
        {
        }

        var groups = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync(new Uri("/api/v2/technical-groups?limit=200", UriKind.Relative)));
        var teamId = groups.RootElement.EnumerateArray().Single(g => g.GetProperty("name").GetString() == teamName).GetProperty("id").GetInt32();
        var email = $"api-{Guid.NewGuid():N}@teste.local";

        using var created = await api.PostAsync(new Uri("/api/v2/users", UriKind.Relative), Json(new { name = "Via API", email, technical_group_id = teamId, tickets_license = true }));
        var body = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(teamId, body.GetProperty("technical_group_id").GetInt32());
        Assert.Equal("attendant", body.GetProperty("_type").GetString());
        var id = body.GetProperty("id").GetInt32();

        using var updated = await api.PutAsync(new Uri($"/api/v2/users/{id}", UriKind.Relative), Json(new { telephone = "+55 11 4000-1234", active = false }));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = System.Text.Json.JsonDocument.Parse(await updated.Content.ReadAsStringAsync()).RootElement;
        Assert.False(after.GetProperty("active").GetBoolean());
        Assert.Equal("+55 11 4000-1234", after.GetProperty("telephone").GetString());

        using var duplicate = await api.PostAsync(new Uri("/api/v2/users", UriKind.Relative), Json(new { name = "De novo", email, technical_group_id = teamId }));
        Assert.Equal((HttpStatusCode)422, duplicate.StatusCode);
        Assert.Contains("email", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static StringContent Json(object value) =>
        new(System.Text.Json.JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");

    private async Task<Guid> InviteAsync(AppClient admin, string name, string email, Guid group)
    {
        using var response = await admin.SubmitFormAsync("/configuracoes/usuarios/novo", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Email"] = email, ["Input.PermissionGroupIds"] = group.ToString(),
        }, "form#user-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await UserIdAsync(email);
    }

    private static async Task<string> InviteFormAsync(AppClient admin, string name, string email, Guid? group)
    {
        var fields = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Email"] = email };
        if (group is { } g)
        {
            fields["Input.PermissionGroupIds"] = g.ToString();
        }

        using var response = await admin.SubmitFormAsync("/configuracoes/usuarios/novo", fields, "form#user-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> SubmitAsync(AppClient client, string page, string handler)
    {
        using var response = await client.SubmitFormAsync(page, new Dictionary<string, string>(), $"form[action*='handler={handler}']");
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The link in the invitation e-mail Notifications queued for the user (its stored text body), as a local path.</summary>
    private async Task<string> InvitationLinkAsync(Guid userId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var message = Assert.Single(await scope.ServiceProvider.GetRequiredService<INotificationsModule>().ListMessagesForAsync(userId, default));
        Assert.Contains("convite", message.Subject, StringComparison.OrdinalIgnoreCase);
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT text_body FROM notifications.outgoing_messages WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", message.Id);
        var url = LinkPattern().Match((string)(await command.ExecuteScalarAsync())!).Value;
        Assert.NotEmpty(url);
        return new Uri(url).PathAndQuery;
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>().FindByEmailAsync(email))!.Id;
    }

    private async Task<Guid> GroupIdAsync(string name)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RoleManager<PermissionGroup>>().FindByNameAsync(name))!.Id;
    }

    private async Task<int> AuditCountAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Tiflux.Api.Users.IGroupAdministration>().AuditAsync(1, 1, default)).TotalItems;
    }

    [GeneratedRegex(@"https?://\S+/conta/definir-senha\?\S+")]
    private static partial Regex LinkPattern();
}
