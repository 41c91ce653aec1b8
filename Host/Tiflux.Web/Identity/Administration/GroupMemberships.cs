using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>A user's permission and attendant groups: checked to exist, replaced as a whole, named for the audit.</summary>
internal sealed class GroupMemberships(TifluxIdentityDbContext db, ILookupNormalizer normalizer)
{
    public async Task<Result<IReadOnlyList<PermissionGroup>>> PermissionGroupsAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return Result<IReadOnlyList<PermissionGroup>>.Failure(Error.Validation("PermissionGroupIds", "Escolha ao menos um grupo de permissão."));
        }

        var groups = await db.Roles.Where(g => wanted.Contains(g.Id)).ToListAsync(cancellationToken);
        return groups.Count == wanted.Count
            ? Result<IReadOnlyList<PermissionGroup>>.Success(groups)
            : Result<IReadOnlyList<PermissionGroup>>.Failure(Error.Validation("PermissionGroupIds", "Grupo de permissão não encontrado."));
    }

    /// <summary>Where a user created without a group choice (the API) lands: Técnico, the least access among the defaults.</summary>
    public async Task<Result<IReadOnlyList<PermissionGroup>>> DefaultForNewStaffAsync(CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeName(DefaultPermissionGroups.Technician);
        return await db.Roles.FirstOrDefaultAsync(g => g.NormalizedName == normalized, cancellationToken) is { } group
            ? Result<IReadOnlyList<PermissionGroup>>.Success([group])
            : Result<IReadOnlyList<PermissionGroup>>.Failure(Error.Validation("PermissionGroupIds", "Escolha ao menos um grupo de permissão."));
    }

    public async Task<Result<IReadOnlyList<AttendantGroup>>> AttendantGroupsAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var groups = await db.AttendantGroups.Where(g => wanted.Contains(g.Id)).ToListAsync(cancellationToken);
        return groups.Count == wanted.Count
            ? Result<IReadOnlyList<AttendantGroup>>.Success(groups)
            : Result<IReadOnlyList<AttendantGroup>>.Failure(Error.Validation("AttendantGroupIds", "Grupo de atendentes não encontrado."));
    }

    public async Task ReplacePermissionGroupsAsync(Guid userId, IReadOnlyList<PermissionGroup> groups, CancellationToken cancellationToken)
    {
        var current = await db.UserRoles.Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        db.UserRoles.RemoveRange(current.Where(m => groups.All(g => g.Id != m.RoleId)));
        db.UserRoles.AddRange(groups.Where(g => current.All(m => m.RoleId != g.Id))
            .Select(g => new IdentityUserRole<Guid> { UserId = userId, RoleId = g.Id }));
    }

    public async Task ReplaceAttendantGroupsAsync(Guid userId, IReadOnlyList<AttendantGroup> groups, CancellationToken cancellationToken)
    {
        var current = await db.AttendantGroupMembers.Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        db.AttendantGroupMembers.RemoveRange(current.Where(m => groups.All(g => g.Id != m.AttendantGroupId)));
        db.AttendantGroupMembers.AddRange(groups.Where(g => current.All(m => m.AttendantGroupId != g.Id))
            .Select(g => new AttendantGroupMember { UserId = userId, AttendantGroupId = g.Id }));
    }

    public async Task<(string PermissionGroups, string AttendantGroups)> NamesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var permissionGroups = await db.UserRoles.Where(m => m.UserId == userId)
            .Join(db.Roles, m => m.RoleId, g => g.Id, (_, g) => g.Name!).ToListAsync(cancellationToken);
        var attendantGroups = await db.AttendantGroupMembers.Where(m => m.UserId == userId)
            .Join(db.AttendantGroups, m => m.AttendantGroupId, g => g.Id, (_, g) => g.Name).ToListAsync(cancellationToken);
        return (Join(permissionGroups), Join(attendantGroups));
    }

    public static string Join(IEnumerable<string> names) =>
        string.Join(", ", names.Order(StringComparer.Create(PtBr.Culture, true))) is { Length: > 0 } text ? text : "—";
}
