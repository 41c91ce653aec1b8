using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;

namespace Tiflux.Web.Identity.Administration;

/// <summary>One user with the ids of their groups, for the edit form.</summary>
internal sealed class GetUser(TifluxIdentityDbContext db)
{
    public async Task<UserDetailDto?> HandleAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var groups = await db.UserRoles.Where(m => m.UserId == userId)
            .Join(db.Roles, m => m.RoleId, g => g.Id, (m, g) => new { g.Id, g.GrantsAll }).ToListAsync(cancellationToken);
        var teams = await db.AttendantGroupMembers.Where(m => m.UserId == userId).Select(m => m.AttendantGroupId).ToListAsync(cancellationToken);
        return new UserDetailDto(
            user.Id, user.FullName, user.Email ?? "", user.PhoneNumber, IdentityUserDirectory.TypeOf(user.Kind, groups.Any(g => g.GrantsAll)),
            user.IsActive, user.PasswordHash is null, user.TwoFactorEnabled, [.. groups.Select(g => g.Id)], teams);
    }
}
