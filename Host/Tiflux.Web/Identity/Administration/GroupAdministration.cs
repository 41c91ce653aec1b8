using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>Thin for the writes (each resolves its use case); the lists are plain reads.</summary>
internal sealed class GroupAdministration(TifluxIdentityDbContext db, IServiceProvider services) : IGroupAdministration
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async Task<IReadOnlyList<PermissionGroupDto>> PermissionGroupsAsync(CancellationToken cancellationToken) =>
        (await db.Roles.AsNoTracking()
            .Select(g => new { Group = g, Members = db.UserRoles.Count(m => m.RoleId == g.Id) })
            .ToListAsync(cancellationToken))
        .Select(r => new PermissionGroupDto(
            r.Group.Id, r.Group.Name ?? "", r.Group.Description,
            r.Group.GrantsAll ? [.. Permissions.All.Select(p => p.Key)] : r.Group.Permissions, r.Group.GrantsAll, r.Group.IsBuiltIn, r.Members)
        {
            AttendantGroupIds = r.Group.AttendantGroupIds,
        })
        .OrderBy(g => g.Name, StringComparer.Create(PtBr.Culture, true))
        .ToList();

    public Task<Result<Guid>> SavePermissionGroupAsync(Guid? id, PermissionGroupFields fields, UserActor actor, CancellationToken cancellationToken) =>
        Get<SavePermissionGroup>().HandleAsync(id, fields, actor, cancellationToken);

    public Task<Result> DeletePermissionGroupAsync(Guid id, UserActor actor, CancellationToken cancellationToken) =>
        Get<DeletePermissionGroup>().HandleAsync(id, actor, cancellationToken);

    public async Task<IReadOnlyList<AttendantGroupDto>> AttendantGroupsAsync(CancellationToken cancellationToken) =>
        (await db.AttendantGroups.AsNoTracking()
            .Select(g => new AttendantGroupDto(g.Id, g.Name, g.Description, db.AttendantGroupMembers.Count(m => m.AttendantGroupId == g.Id)))
            .ToListAsync(cancellationToken))
        .OrderBy(g => g.Name, StringComparer.Create(PtBr.Culture, true))
        .ToList();

    public Task<Result<Guid>> SaveAttendantGroupAsync(Guid? id, AttendantGroupFields fields, UserActor actor, CancellationToken cancellationToken) =>
        Get<SaveAttendantGroup>().HandleAsync(id, fields, actor, cancellationToken);

    public Task<Result> DeleteAttendantGroupAsync(Guid id, UserActor actor, CancellationToken cancellationToken) =>
        Get<DeleteAttendantGroup>().HandleAsync(id, actor, cancellationToken);

    public async Task<IReadOnlySet<Guid>> MembersOfAsync(IReadOnlyCollection<Guid> attendantGroupIds, CancellationToken cancellationToken) =>
        (await db.AttendantGroupMembers
            .Where(m => attendantGroupIds.Contains(m.AttendantGroupId) && db.Users.Any(u => u.Id == m.UserId && u.IsActive))
            .Select(m => m.UserId).Distinct().ToListAsync(cancellationToken))
        .ToHashSet();

    public async Task<PagedList<AuditEntryDto>> AuditAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize, 1, 200);
        var current = Math.Max(1, page);
        var total = await db.UserAudit.CountAsync(cancellationToken);
        var rows = await db.UserAudit.AsNoTracking().OrderByDescending(e => e.At).Skip((current - 1) * size).Take(size)
            .Select(e => new AuditEntryDto(e.At, e.ActorName, e.Action, e.Subject, e.Details))
            .ToListAsync(cancellationToken);
        return new PagedList<AuditEntryDto>(rows, current, size, total);
    }
}
