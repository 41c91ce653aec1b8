using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.TestKit;
using Tiflux.Web.Identity;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Team;

/// <summary>
/// Grupos de atendentes at work: a desk served by "only selected groups" offers only their members as responsible,
/// and the ticket list filters by a group's members.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class AttendantGroupTicketTests(AppFixture app)
{
    [Fact]
    public async Task ADeskServedByOneGroup_OffersOnlyItsMembers_AndTheListFiltersByGroup()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (inEmail, _) = await app.Factory.CreateUserAsync(Groups.Technician);
        var (outEmail, _) = await app.Factory.CreateUserAsync(Groups.Technician);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<TifluxUser>>();
        var member = (await users.FindByEmailAsync(inEmail))!;
        var outsider = (await users.FindByEmailAsync(outEmail))!;
        var admin = (await users.FindByEmailAsync(Tiflux.TestKit.TifluxAppFactory.AdminEmail))!;
        var actor = new UserActor(admin.Id, admin.Email!);
        var groups = sp.GetRequiredService<IGroupAdministration>();
        var team = Ok(await groups.SaveAttendantGroupAsync(null, new AttendantGroupFields("Redes " + suffix, null), actor, default));
        Assert.True((await sp.GetRequiredService<IUserAdministration>().UpdateAsync(member.Id, new UserChanges(AttendantGroupIds: [team]), actor, default)).IsSuccess);

        var desk = Ok(await sp.GetRequiredService<ITicketSetup>().SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + suffix, ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false)
            {
                AttendantGroupIds = [team],
            },
            default));
        var client = Ok(await sp.GetRequiredService<IClientsAdministration>().CreateClientAsync(
            new SaveClientRequest("Equipe " + suffix, "Equipe " + suffix + " Ltda", Tiflux.Web.Tests.Billing.BillingScenario.NewCpf(), [], ClosingReportLayout.Detailed, ""), default));
        var lifecycle = sp.GetRequiredService<ITicketLifecycle>();
        var byMember = new ActorDto(member.Id, member.FullName);
        var assigned = Ok(await lifecycle.CreateTicketAsync(
            new CreateTicketRequest("Da equipe", "", client, desk, null, member.Id, member.FullName, "Ana", null, null), byMember, default));
        var other = Ok(await lifecycle.CreateTicketAsync(
            new CreateTicketRequest("De fora", "", client, desk, null, outsider.Id, outsider.FullName, "Ana", null, null), byMember, default));

        using var browser = await app.Factory.SignInAsAdminAsync();
        var details = await browser.GetPageAsync($"/tickets/{other}");
        var offered = details.QuerySelectorAll("select[name='Input.ResponsibleUserId'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(member.Id.ToString(), offered);
        Assert.Contains(outsider.Id.ToString(), offered); // the current responsible stays visible
        Assert.DoesNotContain(admin.Id.ToString(), offered);

        var list = await browser.GetPageAsync($"/tickets?cliente={client}&equipe={team}");
        var numbers = list.QuerySelectorAll("a[href^='/tickets/']").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains($"/tickets/{assigned}", numbers);
        Assert.DoesNotContain($"/tickets/{other}", numbers);

        var desks = await browser.GetPageAsync($"/configuracoes/mesas?mesa={desk}");
        Assert.True(desks.QuerySelector($"#desk-attendant-groups input[value='{team}']")?.HasAttribute("checked"));

        // API: GET /technical-users?desk_id= lists the desk's serving members, as the official client resolves responsibles.
        using var api = app.Factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.Factory.IssueApiTokenAsync(Tiflux.TestKit.TifluxAppFactory.AdminEmail));
        using var deskList = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync(new Uri("/api/v2/desks?limit=200", UriKind.Relative)));
        var deskNumber = deskList.RootElement.EnumerateArray().Single(d => d.GetProperty("name").GetString() == "Mesa " + suffix).GetProperty("id").GetInt32();
        using var serving = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync(new Uri($"/api/v2/technical-users?desk_id={deskNumber}&limit=200", UriKind.Relative)));
        var emails = serving.RootElement.EnumerateArray().Select(u => u.GetProperty("email").GetString()).ToList();
        Assert.Contains(inEmail, emails);
        Assert.DoesNotContain(outEmail, emails);
    }

    [Fact]
    public async Task APermissionGroupGivenToAnAttendantGroup_GrantsItsMembers_AndATeamServingADeskCannotBeDeleted()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (email, password) = await app.Factory.CreateUserAsync(Groups.Technician);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<TifluxUser>>();
        var member = (await users.FindByEmailAsync(email))!;
        var admin = (await users.FindByEmailAsync(TifluxAppFactory.AdminEmail))!;
        var actor = new UserActor(admin.Id, admin.Email!);
        var groups = sp.GetRequiredService<IGroupAdministration>();
        var team = Ok(await groups.SaveAttendantGroupAsync(null, new AttendantGroupFields("Faturistas " + suffix, null), actor, default));
        Assert.True((await sp.GetRequiredService<IUserAdministration>().UpdateAsync(member.Id, new UserChanges(AttendantGroupIds: [team]), actor, default)).IsSuccess);
        using var technician = app.Factory.CreateAppClient();
        await technician.SignInAsync(email, password);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await technician.GetAsync("/faturamento")).StatusCode);

        Ok(await groups.SavePermissionGroupAsync(null, new PermissionGroupFields("Faturar " + suffix, null, [Tiflux.SharedKernel.Permissions.Billing], [team]), actor, default));

        Assert.Equal(System.Net.HttpStatusCode.OK, (await technician.GetAsync("/faturamento")).StatusCode);

        Ok(await sp.GetRequiredService<ITicketSetup>().SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + suffix, ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false)
            {
                AttendantGroupIds = [team],
            },
            default));
        var deleted = await groups.DeleteAttendantGroupAsync(team, actor, default);
        Assert.False(deleted.IsSuccess);
        Assert.Contains("Mesa " + suffix, Assert.Single(deleted.Errors).Message, StringComparison.Ordinal);
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
