using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Users;

/// <summary>
/// GET /technical-groups (Grupos de atendentes; "Gerenciar mesas de serviços") and GET /role-groups/{id} (Grupos de
/// permissão; "Gerenciar usuários e permissões"), with their members.
/// </summary>
internal static class GroupEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/technical-groups", TechnicalGroupsAsync).Produces<TechnicalGroupView[]>().WithTags("Users").WithSummary("Attendant groups")
            .Query("name", "string").Paged()
            .Requires(Permissions.DesksManage);
        api.MapGet("/technical-groups/{id}/users", TechnicalGroupUsersAsync).Produces<UserListItem[]>().WithTags("Users").WithSummary("An attendant group's users").Paged()
            .Requires(Permissions.DesksManage);
        api.MapGet("/role-groups", RoleGroupsAsync).Produces<RoleGroupView[]>().WithTags("Users").WithSummary("Permission groups").Paged()
            .Requires(Permissions.UsersManage);
        api.MapGet("/role-groups/{id}", RoleGroupAsync).Produces<RoleGroupView>().WithTags("Users").WithSummary("A permission group")
            .Requires(Permissions.UsersManage);
        api.MapGet("/role-groups/{id}/users", RoleGroupUsersAsync).Produces<UserListItem[]>().WithTags("Users").WithSummary("A permission group's users").Paged()
            .Requires(Permissions.UsersManage);
    }

    private static async Task<IResult> TechnicalGroupsAsync(HttpContext http, IGroupAdministration groups, PublicIds ids, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var name = query.String("name");
        query.ThrowIfErrors();
        var rows = (await groups.AttendantGroupsAsync(cancellationToken))
            .Where(g => name is null || g.Name.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        var page = paging.Apply(rows).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.TechnicalGroup, page.Select(g => g.Id)), cancellationToken);
        return ApiResults.Page(http, page.Select(g => new TechnicalGroupView(map[PublicIdKind.TechnicalGroup, g.Id], g.Name, g.Description)), rows.Count);
    }

    private static async Task<IResult> TechnicalGroupUsersAsync(
        string id, HttpContext http, IGroupAdministration groups, IUserAdministration users, PublicIds ids, CancellationToken cancellationToken)
    {
        var groupId = await ids.ResolveAsync(PublicIdKind.TechnicalGroup, ApiPath.Id(id), cancellationToken);
        if (groupId is null || (await groups.AttendantGroupsAsync(cancellationToken)).All(g => g.Id != groupId))
        {
            throw ApiPath.NotFound("TechnicalGroup", id);
        }

        return await MembersAsync(http, users, ids, new UserFilter(null, null, null, groupId, 1, 200), cancellationToken);
    }

    private static async Task<IResult> RoleGroupsAsync(HttpContext http, IGroupAdministration groups, PublicIds ids, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        var all = await groups.PermissionGroupsAsync(cancellationToken);
        var page = paging.Apply(all).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.RoleGroup, page.Select(g => g.Id)), cancellationToken);
        return ApiResults.Page(http, page.Select(g => View(map[PublicIdKind.RoleGroup, g.Id], g)), all.Count);
    }

    private static async Task<IResult> RoleGroupAsync(string id, IGroupAdministration groups, PublicIds ids, CancellationToken cancellationToken) =>
        ApiResults.Ok(View(ApiPath.Id(id), await FindRoleGroupAsync(id, groups, ids, cancellationToken)));

    private static RoleGroupView View(int number, PermissionGroupDto group) => new(
        number, group.Name, group.Description, !group.IsBuiltIn,
        [.. Permissions.All.Where(p => group.Permissions.Contains(p.Key)).Select(p => new RoleView(p.Key, p.Label, p.Area))]);

    private static async Task<IResult> RoleGroupUsersAsync(
        string id, HttpContext http, IGroupAdministration groups, IUserAdministration users, PublicIds ids, CancellationToken cancellationToken)
    {
        var group = await FindRoleGroupAsync(id, groups, ids, cancellationToken);
        return await MembersAsync(http, users, ids, new UserFilter(null, null, group.Id, null, 1, 200), cancellationToken);
    }

    private static async Task<PermissionGroupDto> FindRoleGroupAsync(string id, IGroupAdministration groups, PublicIds ids, CancellationToken cancellationToken)
    {
        var groupId = await ids.ResolveAsync(PublicIdKind.RoleGroup, ApiPath.Id(id), cancellationToken);
        if (groupId is null)
        {
            // Group numbers are handed out on first sight, so number them all once before giving up.
            var all = await groups.PermissionGroupsAsync(cancellationToken);
            await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.RoleGroup, all.Select(g => g.Id)), cancellationToken);
            groupId = await ids.ResolveAsync(PublicIdKind.RoleGroup, ApiPath.Id(id), cancellationToken);
        }

        return (await groups.PermissionGroupsAsync(cancellationToken)).FirstOrDefault(g => g.Id == groupId) ?? throw ApiPath.NotFound("RoleGroup", id);
    }

    private static async Task<IResult> MembersAsync(HttpContext http, IUserAdministration users, PublicIds ids, UserFilter filter, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        var everyone = new List<UserRowDto>();
        for (var page = 1; ; page++)
        {
            var chunk = await users.ListAsync(filter with { Page = page }, cancellationToken);
            everyone.AddRange(chunk.Items);
            if (page >= chunk.TotalPages)
            {
                break;
            }
        }

        var rows = paging.Apply(everyone).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.User, rows.Select(u => u.Id)), cancellationToken);
        return ApiResults.Page(http, rows.Select(u => new UserListItem(
            map[PublicIdKind.User, u.Id], u.Type, u.Active, u.Email, u.TwoFactorEnabled, null, string.IsNullOrWhiteSpace(u.Name) ? u.Email : u.Name, null)), everyone.Count);
    }
}

/// <summary>A Grupo de atendentes.</summary>
internal sealed record TechnicalGroupView(int Id, string Name, string Description);

/// <summary>A Grupo de permissão with its permissions ("roles" in Tiflux's API).</summary>
internal sealed record RoleGroupView(int Id, string Name, string Description, bool Deletable, RoleView[] Roles);

internal sealed record RoleView(string Id, string Name, string Description);
