using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;

namespace Tiflux.Api.Users;

/// <summary>GET /users/me (api-v2.md §3.1): the token's user, shaped as Tiflux's user detail.</summary>
internal static class UsersEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/users/me", MeAsync).Produces<UserDetail>().WithTags("Users").WithSummary("The token's user")
            .Free();

    private static async Task<IResult> MeAsync(HttpContext http, IUserDirectory users, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var user = await users.FindAsync(caller.UserId) ?? throw new ApiErrorException(ApiError.Unauthorized());
        var batch = new PublicIdBatch().Add(PublicIdKind.User, user.Id).Add(PublicIdKind.Client, user.ClientId);
        var map = await ids.AssignAsync(batch, cancellationToken);
        return ApiResults.Ok(new UserDetail(
            map[PublicIdKind.User, user.Id],
            user.Type,
            user.Active,
            map.Find(PublicIdKind.Client, user.ClientId) is { } clientId ? [clientId] : [],
            user.Email ?? "",
            null,
            null,
            user.TwoFactorEnabled,
            null,
            user.DisplayName,
            user.Signature,
            null,
            user.PhoneNumber));
    }
}
