namespace Tiflux.Api.Users;

/// <summary>Authorization policies by user type: the MSP's own pages are for staff, the portal is for client users.</summary>
public static class UserPolicies
{
    /// <summary>Admins and attendants (permission policies then decide page by page).</summary>
    public const string Staff = "staff";

    /// <summary>Client users; what they see inside the portal is decided by their <see cref="PortalPermissions"/>.</summary>
    public const string Portal = "portal";
}
