using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity;

/// <summary>
/// A user's effective permissions: the union over their permission groups — their own memberships and the groups given
/// to their attendant groups — and every permission for a group that grants all (Administrador). The one place that
/// decides it, for pages and the API alike.
/// </summary>
internal sealed class UserAccess(TifluxIdentityDbContext db) : IUserAccess
{
    private static readonly IReadOnlySet<string> Everything = Permissions.All.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    public async Task<UserAccessDto?> FindActiveAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.IsActive)
            .Select(u => new { u.Kind, u.ClientId, u.PortalPermissions })
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var groups = await db.Roles.AsNoTracking()
            .Where(g => db.UserRoles.Any(m => m.UserId == userId && m.RoleId == g.Id)
                || db.AttendantGroupMembers.Any(m => m.UserId == userId && g.AttendantGroupIds.Contains(m.AttendantGroupId)))
            .Select(g => new { g.GrantsAll, g.Permissions })
            .ToListAsync(cancellationToken);
        var isAdministrator = user.Kind == UserKind.Staff && groups.Any(g => g.GrantsAll);
        IReadOnlySet<string> permissions = user.Kind == UserKind.Client
            ? new HashSet<string>()
            : isAdministrator ? Everything : groups.SelectMany(g => g.Permissions).Where(Permissions.IsKnown).ToHashSet(StringComparer.Ordinal);
        return new UserAccessDto(userId, IdentityUserDirectory.TypeOf(user.Kind, isAdministrator), user.ClientId, permissions)
        {
            Portal = user.Kind == UserKind.Client ? user.PortalPermissions : PortalPermissions.None,
        };
    }
}
