using Microsoft.AspNetCore.Authorization;
using Tiflux.Api.Users;

namespace Tiflux.Web.Portal;

/// <summary>
/// One authorization policy per portal permission ("portal:SeeContracts"...): a client user whose portal claim holds the
/// flag. Pages declare them with <c>[Authorize(Policy = ...)]</c>, so the portal menu (PageAccess) shows only the pages
/// that open, and a user without the permission gets 403, as staff do for their permissions.
/// </summary>
public static class PortalPolicies
{
    public const string Prefix = "portal:";

    public const string OpenTickets = Prefix + nameof(PortalPermissions.OpenTickets);

    public const string AuthorizeNewTickets = Prefix + nameof(PortalPermissions.AuthorizeNewTickets);

    public const string SeeContracts = Prefix + nameof(PortalPermissions.SeeContracts);

    public const string SeeResources = Prefix + nameof(PortalPermissions.SeeResources);

    public const string SeeReports = Prefix + nameof(PortalPermissions.SeeReports);

    /// <summary>Whether <paramref name="policy"/> is one of these (for suites that check every page's policy is known).</summary>
    public static bool IsKnown(string policy) =>
        PortalPermissionCatalog.All.Any(p => policy == Prefix + p.Flag);

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (flag, _) in PortalPermissionCatalog.All)
        {
            options.AddPolicy(Prefix + flag, p => p
                .RequireClaim(AccessClaims.TypeClaim, UserTypes.Client)
                .RequireAssertion(c => PortalUser.From(c.User)?.Has(flag) == true));
        }
    }
}
