using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Users;

/// <summary>
/// POST /users and PUT /users/{id} as the official client calls them (flat body: name, email, technical_group_id,
/// telephone, active, licences). They run the same use cases as the users page (<see cref="IUserAdministration"/>):
/// a created user is invited by e-mail to set a password. The API has no permission-group field, so a user created
/// here joins the Técnico group; the page changes it (ADR 0022). Licences, extension and country_code are accepted and
/// checked but not stored: this installation has no licences to count.
/// </summary>
internal static class UserWriteEndpoints
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Name"] = "name",
        ["Email"] = "email",
        ["Phone"] = "telephone",
        ["AttendantGroupIds"] = "technical_group_id",
        ["PermissionGroupIds"] = "technical_group_id",
        ["Active"] = "active",
    };

    private static readonly string[] Licences = ["whatsapp_license", "tickets_license", "remote_access_license", "api_license", "splashtop_license"];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/users", CreateAsync).Produces<UserDetail>(201).WithTags("Users").WithSummary("Invite a user (they set their password from the e-mail)")
            .Requires(Permissions.UsersManage);
        api.MapPut("/users/{id}", UpdateAsync).Produces<UserDetail>().WithTags("Users").WithSummary("Update a user (partial)")
            .Requires(Permissions.UsersManage);
    }

    private static async Task<IResult> CreateAsync(
        HttpContext http, IUserAdministration users, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var name = body.String("name", required: true, maxLength: 200);
        var email = body.String("email", required: true, maxLength: 256);
        var phone = body.String("telephone", maxLength: 30);
        var team = await TechnicalGroupAsync(body, ids, required: true, cancellationToken);
        ReadIgnored(body);
        body.ThrowIfErrors();

        var created = await users.InviteAsync(new UserFields(name!, email!, phone, null, team is { } t ? [t] : []), Actor(caller), cancellationToken);
        created.ThrowIfFailed(Fields);
        return ApiResults.Created(await DetailAsync(created.Value, users, ids, cancellationToken));
    }

    private static async Task<IResult> UpdateAsync(
        string id, HttpContext http, IUserAdministration users, IClientUserAdministration clientUsers, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var userId = await ids.ResolveAsync(PublicIdKind.User, ApiPath.Id(id), cancellationToken) ?? throw ApiPath.NotFound("User", id);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var name = body.String("name", required: body.Has("name"), maxLength: 200);
        var email = body.String("email", required: body.Has("email"), maxLength: 256);
        var phone = body.String("telephone", maxLength: 30);
        var active = body.Bool("active");
        var team = await TechnicalGroupAsync(body, ids, required: false, cancellationToken);
        var clientUser = await clientUsers.GetAsync(userId, cancellationToken);
        var clientIds = await ClientIdsAsync(body, clientUser is not null, ids, cancellationToken);
        if (clientUser is not null && team is not null)
        {
            body.Fail("technical_group_id", "is not allowed for client users");
        }

        ReadIgnored(body);
        body.ThrowIfErrors();

        var changes = new UserChanges(
            name, email, body.Has("telephone") ? phone ?? "" : null, null, team is { } t ? [t] : null, active);
        if (changes != new UserChanges())
        {
            // Only when something of it was sent: its no-change path rolls back a save the identity context still tracks.
            (await users.UpdateAsync(userId, changes, Actor(caller), cancellationToken)).ThrowIfFailed(Fields);
        }

        if (clientIds is not null)
        {
            (await clientUsers.UpdateAsync(userId, new ClientUserChanges(ClientIds: clientIds), Actor(caller), cancellationToken))
                .ThrowIfFailed(ClientUserEndpoints.Fields);
        }

        return ApiResults.Ok(clientUser is not null
            ? await ClientUserEndpoints.DetailAsync(userId, clientUsers, ids, cancellationToken)
            : await DetailAsync(userId, users, ids, cancellationToken));
    }

    /// <summary><c>client_ids</c>: every client a client user is linked to (service-desk.md §3.3); staff have none.</summary>
    private static async Task<IReadOnlyList<Guid>?> ClientIdsAsync(BodyReader body, bool isClientUser, PublicIds ids, CancellationToken cancellationToken)
    {
        var numbers = body.IntArray("client_ids");
        if (numbers is null)
        {
            return null;
        }

        if (!isClientUser)
        {
            body.Fail("client_ids", "is only allowed for client users");
            return null;
        }

        if (numbers.Count == 0)
        {
            body.Fail("client_ids", "can't be blank");
            return null;
        }

        var found = await ids.ResolveManyAsync(PublicIdKind.Client, numbers, cancellationToken);
        var unknown = numbers.Where(n => !found.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
        {
            body.Fail("client_ids", "contains unknown clients: " + string.Join(", ", unknown));
        }

        return [.. numbers.Distinct().Where(found.ContainsKey).Select(n => found[n])];
    }

    private static async Task<Guid?> TechnicalGroupAsync(BodyReader body, PublicIds ids, bool required, CancellationToken cancellationToken)
    {
        var number = body.Int("technical_group_id", required: required);
        if (number is null)
        {
            return null;
        }

        var group = await ids.ResolveAsync(PublicIdKind.TechnicalGroup, number.Value, cancellationToken);
        if (group is null)
        {
            body.Fail("technical_group_id", "not found");
        }

        return group;
    }

    /// <summary>Tiflux's licence flags and phone details: type-checked, not stored.</summary>
    private static void ReadIgnored(BodyReader body)
    {
        foreach (var licence in Licences)
        {
            body.Bool(licence);
        }

        body.Int("extension");
        body.String("country_code", maxLength: 2);
    }

    private static UserActor Actor(ApiCaller caller) => new(caller.UserId, caller.Email);

    public static async Task<UserDetail> DetailAsync(Guid userId, IUserAdministration users, PublicIds ids, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(userId, cancellationToken) ?? throw ApiPath.NotFound("User", userId);
        var batch = new PublicIdBatch().Add(PublicIdKind.User, user.Id);
        var team = user.AttendantGroupIds.Count > 0 ? user.AttendantGroupIds[0] : (Guid?)null;
        batch.Add(PublicIdKind.TechnicalGroup, team);
        var map = await ids.AssignAsync(batch, cancellationToken);
        return new UserDetail(
            map[PublicIdKind.User, user.Id], user.Type, user.Active, [], user.Email, null, null, user.TwoFactorEnabled, null,
            string.IsNullOrWhiteSpace(user.Name) ? user.Email : user.Name, null, map.Find(PublicIdKind.TechnicalGroup, team), user.Phone);
    }
}
