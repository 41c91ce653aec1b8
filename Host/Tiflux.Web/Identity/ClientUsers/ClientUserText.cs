using Tiflux.Api.Users;

namespace Tiflux.Web.Identity.ClientUsers;

/// <summary>Portal permissions in words, for the audit and the client's user list.</summary>
internal static class ClientUserText
{
    public static string Permissions(PortalPermissions permissions) =>
        PortalPermissionCatalog.All.Where(p => (permissions & p.Flag) == p.Flag).Select(p => p.Label).ToList() is { Count: > 0 } labels
            ? string.Join(", ", labels)
            : "nenhuma";
}
