using System.Globalization;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Users;

/// <summary>
/// The user lookups Tiflux clients use to resolve names (api-v2.md §3.1): GET /users (Admin: "Gerenciar usuários"),
/// GET /users/{id} (oneself, or Admin) and GET /technical-users (staff who can be responsible or log time).
/// </summary>
internal static class UserDirectoryEndpoints
{
    private static readonly string[] Types = ["client", "attendant", "admin"];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/users", ListAsync).Produces<UserListItem[]>().WithTags("Users").WithSummary("List users (admins)")
            .Query("active", "boolean").Query("gauth_enabled", "boolean").Query("type", "string").Query("email", "string").Query("name", "string").Paged()
            .Requires(Permissions.UsersManage);
        api.MapGet("/users/{id}", GetAsync).Produces<UserDetail>().WithTags("Users").WithSummary("A user (oneself, or any for admins)")
            .Free();
        api.MapGet("/technical-users", TechniciansAsync).Produces<TechnicalUser[]>().WithTags("Users").WithSummary("Technical users")
            .Query("name", "string").Query("email", "string").Query("desk_id", "integer").Query("client_id", "integer").Query("with_tickets_license", "boolean").Paged()
            .Requires(Permissions.TicketsView);
    }

    private static async Task<IResult> ListAsync(HttpContext http, IUserDirectory users, PublicIds ids, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var active = query.Bool("active");
        var gauth = query.Bool("gauth_enabled");
        var type = query.Enum("type", Types, "Type must be 'client', 'attendant' or 'admin'");
        var email = query.String("email");
        var name = query.String("name");
        query.ThrowIfErrors();

        var everyone = await DirectoryAsync(users);
        var rows = everyone
            .Where(u => active is null || u.Active == active)
            .Where(u => gauth is null || u.TwoFactorEnabled == gauth)
            .Where(u => type is null || u.Type == type)
            .Where(u => email is null || (u.Email ?? "").Contains(email, StringComparison.OrdinalIgnoreCase))
            .Where(u => name is null || u.DisplayName.Contains(name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var page = paging.Apply(rows).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.User, page.Select(u => u.Id)), cancellationToken);
        return ApiResults.Page(http, page.Select(u => new UserListItem(
            map[PublicIdKind.User, u.Id], u.Type, u.Active, u.Email ?? "", u.TwoFactorEnabled, null, u.DisplayName, null)), rows.Count);
    }

    private static async Task<IResult> GetAsync(
        string id, HttpContext http, IUserDirectory users, IClientUserAdministration clientUsers, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var number = ApiPath.Id(id);
        var userId = await ids.ResolveAsync(PublicIdKind.User, number, cancellationToken);
        if (userId != caller.UserId)
        {
            ApiAccess.Require(caller.Has(Permissions.UsersManage));
        }

        var user = userId is null ? null : await users.FindAsync(userId.Value);
        if (user is null)
        {
            throw ApiPath.NotFound("User", id);
        }

        if (user.Type == UserTypes.Client && await clientUsers.GetAsync(user.Id, cancellationToken) is not null)
        {
            // Every client the person is linked to, not only the one they work as now.
            return ApiResults.Ok(await ClientUserEndpoints.DetailAsync(user.Id, clientUsers, ids, cancellationToken));
        }

        var map = await ids.AssignAsync(new PublicIdBatch().Add(PublicIdKind.Client, user.ClientId), cancellationToken);
        return ApiResults.Ok(new UserDetail(
            number, user.Type, user.Active, map.Find(PublicIdKind.Client, user.ClientId) is { } c ? [c] : [], user.Email ?? "", null, null,
            user.TwoFactorEnabled, null, user.DisplayName, user.Signature, null, user.PhoneNumber));
    }

    private static async Task<IResult> TechniciansAsync(
        HttpContext http, IUserDirectory users, ITicketSetup desks, IGroupAdministration groups, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var name = query.String("name");
        var email = query.String("email");
        var deskNumber = query.Int("desk_id");
        query.Int("client_id");
        query.Bool("with_tickets_license");
        query.ThrowIfErrors();

        // With desk_id: the members of the attendant groups that serve the desk ("Somente grupos selecionados").
        var deskId = deskNumber is { } n ? await ids.ResolveAsync(PublicIdKind.Desk, n, cancellationToken) : null;
        var servingGroups = deskId is { } d ? (await desks.GetDesksAsync(cancellationToken)).FirstOrDefault(x => x.Id == d)?.AttendantGroupIds ?? [] : [];
        var serving = servingGroups.Count > 0 ? await groups.MembersOfAsync(servingGroups, cancellationToken) : null;
        var staff = (await DirectoryAsync(users))
            .Where(u => u.Type != UserTypes.Client && u.Active)
            .Where(u => serving is null || serving.Contains(u.Id))
            .Where(u => name is null || u.DisplayName.Contains(name, StringComparison.OrdinalIgnoreCase))
            .Where(u => email is null || (u.Email ?? "").Contains(email, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var page = paging.Apply(staff).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.User, page.Select(u => u.Id)), cancellationToken);
        return ApiResults.Page(http, page.Select(u => new TechnicalUser(map[PublicIdKind.User, u.Id], u.DisplayName, u.Email ?? "")), staff.Count);
    }

    /// <summary>Every user, by name.</summary>
    private static async Task<IReadOnlyList<DirectoryUser>> DirectoryAsync(IUserDirectory users) =>
        [.. (await users.AllAsync()).OrderBy(u => u.DisplayName, StringComparer.Create(new CultureInfo("pt-BR"), true))];
}
