using System.Globalization;
using System.Security.Claims;
using Tiflux.Api.Users;

namespace Tiflux.Web.Portal;

/// <summary>
/// The signed-in client user as every portal page sees them: who they are, the client they work as now and their
/// portal permissions — read from the access claims, which are refreshed from the database on every request.
/// </summary>
public sealed record PortalUser(Guid UserId, string Name, string Email, Guid ClientId, PortalPermissions Permissions)
{
    public bool Has(PortalPermissions permission) => (Permissions & permission) == permission;

    /// <summary>The client user behind <paramref name="principal"/>, or null for staff, anonymous or a client user with no client.</summary>
    public static PortalUser? From(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(AccessClaims.TypeClaim) != UserTypes.Client
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !Guid.TryParse(principal.FindFirstValue(AccessClaims.ClientIdClaim), out var clientId))
        {
            return null;
        }

        var portal = int.TryParse(principal.FindFirstValue(AccessClaims.PortalClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            ? PortalPermissionCatalog.Known((PortalPermissions)bits)
            : PortalPermissions.None;
        return new PortalUser(
            userId,
            principal.FindFirstValue(AccessClaims.FullNameClaim) ?? principal.Identity?.Name ?? "",
            principal.FindFirstValue(ClaimTypes.Email) ?? principal.Identity?.Name ?? "",
            clientId,
            portal);
    }
}
