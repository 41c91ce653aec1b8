using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>The users page: search by name or e-mail, filter by active and group, a page at a time, by name.</summary>
internal sealed class ListUsers(TifluxIdentityDbContext db)
{
    public async Task<PagedList<UserRowDto>> HandleAsync(UserFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            var pattern = "%" + search.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(u => EF.Functions.ILike(u.FullName, pattern) || EF.Functions.ILike(u.Email!, pattern));
        }

        if (filter.Active is { } active)
        {
            query = query.Where(u => u.IsActive == active);
        }

        if (filter.PermissionGroupId is { } permissionGroup)
        {
            query = query.Where(u => db.UserRoles.Any(m => m.UserId == u.Id && m.RoleId == permissionGroup));
        }

        if (filter.AttendantGroupId is { } attendantGroup)
        {
            query = query.Where(u => db.AttendantGroupMembers.Any(m => m.UserId == u.Id && m.AttendantGroupId == attendantGroup));
        }

        var total = await query.CountAsync(cancellationToken);
        var (page, size) = (Math.Max(1, filter.Page), Math.Clamp(filter.PageSize, 1, 200));
        var users = await query.OrderBy(u => u.FullName).ThenBy(u => u.Email)
            .Skip((page - 1) * size).Take(size)
            .Select(u => new
            {
                User = u,
                Groups = db.UserRoles.Where(m => m.UserId == u.Id).Join(db.Roles, m => m.RoleId, g => g.Id, (_, g) => new { g.Name, g.GrantsAll }).ToList(),
                Teams = db.AttendantGroupMembers.Where(m => m.UserId == u.Id).Join(db.AttendantGroups, m => m.AttendantGroupId, g => g.Id, (_, g) => g.Name).ToList(),
                LastSignIn = db.SignInEvents.Where(e => e.UserId == u.Id && e.Succeeded).Max(e => (DateTimeOffset?)e.At),
            })
            .ToListAsync(cancellationToken);
        return new PagedList<UserRowDto>(
            [.. users.Select(r => new UserRowDto(
                r.User.Id, r.User.FullName, r.User.Email ?? "", IdentityUserDirectory.TypeOf(r.User.Kind, r.Groups.Any(g => g.GrantsAll)),
                r.User.IsActive, r.User.PasswordHash is null, r.User.TwoFactorEnabled,
                [.. r.Groups.Select(g => g.Name!).Order()], [.. r.Teams.Order()], r.LastSignIn))],
            page, size, total);
    }
}
