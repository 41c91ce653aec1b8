using Tiflux.Api.Clients;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Users;

/// <summary>
/// POST /clients/{id}/users (<c>create_client_user</c>, service-desk.md §3.3/§9.5): invites a portal user of the client,
/// or links the client user who already has that e-mail; body flat or wrapped in <c>user</c>.
/// <c>authorization_flow</c> makes them an authoriser of new tickets; extension, telephone and country_code also go to
/// their requestor record. Same use case as the client's page (<see cref="IClientUserAdministration"/>).
/// </summary>
internal static class ClientUserEndpoints
{
    public static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Name"] = "name",
        ["Email"] = "email",
        ["Phone"] = "telephone",
        ["Extension"] = "extension",
        ["ClientIds"] = "client_ids",
    };

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/clients/{id}/users", CreateAsync).Produces<UserDetail>(201).WithTags("Users")
            .WithSummary("Invite a client (portal) user, or link the client user with this e-mail").Body<ClientUserBody>()
            .Requires(Permissions.UsersManage);

    private static async Task<IResult> CreateAsync(
        string id, HttpContext http, IClientUserAdministration clientUsers, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var clientId = await ClientShape.ResolveAsync(id, caller, ids, cancellationToken);
        var outer = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var body = outer.Has("user") ? outer.Object("user") ?? outer : outer;
        outer.ThrowIfErrors();
        if (body.IsEmpty)
        {
            throw new ApiErrorException(ApiError.BadRequest("param is missing or the value is empty: user"));
        }

        var name = body.String("name", required: true, maxLength: 200);
        var email = body.String("email", required: true, maxLength: 256);
        var phone = body.String("telephone", maxLength: 30);
        var country = body.String("country_code", maxLength: 2);
        var extension = body.Int("extension");
        if (extension is < 0 or > 9999)
        {
            body.Fail("extension", "must be between 0 and 9999");
        }

        var authorizer = body.Bool("authorization_flow") ?? false;
        body.ThrowIfErrors();

        var permissions = PortalPermissionCatalog.Defaults | (authorizer ? PortalPermissions.AuthorizeNewTickets : PortalPermissions.None);
        var fields = new ClientUserFields(name!, email!, phone, extension?.ToString(System.Globalization.CultureInfo.InvariantCulture), permissions)
        {
            Country = country,
        };
        var invited = await clientUsers.InviteAsync(clientId, fields, new UserActor(caller.UserId, caller.Email), cancellationToken);
        invited.ThrowIfFailed(Fields);
        var detail = await DetailAsync(invited.Value.UserId, clientUsers, ids, cancellationToken);
        return ApiResults.Created(detail with { Extension = extension });
    }

    /// <summary>A client user as Tiflux's user detail, with every linked client in <c>client_ids</c>.</summary>
    public static async Task<UserDetail> DetailAsync(Guid userId, IClientUserAdministration clientUsers, PublicIds ids, CancellationToken cancellationToken)
    {
        var user = await clientUsers.GetAsync(userId, cancellationToken) ?? throw ApiPath.NotFound("User", userId);
        var map = await ids.AssignAsync(new PublicIdBatch().Add(PublicIdKind.User, user.Id).AddRange(PublicIdKind.Client, user.ClientIds), cancellationToken);
        return new UserDetail(
            map[PublicIdKind.User, user.Id], UserTypes.Client, user.Active, [.. user.ClientIds.Select(c => map[PublicIdKind.Client, c])], user.Email,
            null, null, user.TwoFactorEnabled, user.LastSignInAt?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            string.IsNullOrWhiteSpace(user.Name) ? user.Email : user.Name, null, null, user.Phone);
    }
}

/// <summary>The body of POST /clients/{id}/users (documentation only; also accepted flat).</summary>
internal sealed record ClientUserBody(ClientUserBodyFields User);

/// <summary>Tiflux's <c>create_client_user</c>.</summary>
internal sealed record ClientUserBodyFields(string Name, string Email, int? Extension, string? Telephone, string? CountryCode, bool? AuthorizationFlow);
