using System.Security.Claims;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Users;

/// <summary>Puts a user's current access on a principal: one claim per permission, the user type, the client and the portal permissions.</summary>
public static class AccessClaims
{
    public const string TypeClaim = "tiflux:user_type";
    public const string ClientIdClaim = "tiflux:client_id";
    public const string PortalClaim = "tiflux:portal";

    /// <summary>The user's full name (API tokens carry it; pages fall back to the sign-in name).</summary>
    public const string FullNameClaim = "tiflux:full_name";

    /// <summary>A copy of <paramref name="principal"/> whose access claims are replaced by <paramref name="access"/>.</summary>
    public static ClaimsPrincipal With(ClaimsPrincipal principal, UserAccessDto access)
    {
        var source = principal.Identity as ClaimsIdentity ?? new ClaimsIdentity();
        var identity = new ClaimsIdentity(
            source.Claims.Where(c => c.Type is not (Permissions.Claim or TypeClaim or ClientIdClaim or PortalClaim)),
            source.AuthenticationType, source.NameClaimType, source.RoleClaimType);
        identity.AddClaim(new Claim(TypeClaim, access.Type));
        if (access.ClientId is { } clientId)
        {
            identity.AddClaim(new Claim(ClientIdClaim, clientId.ToString()));
        }

        if (access.Portal != PortalPermissions.None)
        {
            identity.AddClaim(new Claim(PortalClaim, ((int)access.Portal).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        identity.AddClaims(access.Permissions.Select(p => new Claim(Permissions.Claim, p)));
        return new ClaimsPrincipal(identity);
    }
}
