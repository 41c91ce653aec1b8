using Tiflux.SharedKernel;

namespace Tiflux.Api.Users;

/// <summary>Grupos de permissão and Grupos de atendentes (Configurações › Usuários), audited like the users.</summary>
public interface IGroupAdministration
{
    Task<IReadOnlyList<PermissionGroupDto>> PermissionGroupsAsync(CancellationToken cancellationToken);

    Task<Result<Guid>> SavePermissionGroupAsync(Guid? id, PermissionGroupFields fields, UserActor actor, CancellationToken cancellationToken);

    Task<Result> DeletePermissionGroupAsync(Guid id, UserActor actor, CancellationToken cancellationToken);

    Task<IReadOnlyList<AttendantGroupDto>> AttendantGroupsAsync(CancellationToken cancellationToken);

    Task<Result<Guid>> SaveAttendantGroupAsync(Guid? id, AttendantGroupFields fields, UserActor actor, CancellationToken cancellationToken);

    Task<Result> DeleteAttendantGroupAsync(Guid id, UserActor actor, CancellationToken cancellationToken);

    /// <summary>The active users in any of these attendant groups (to filter tickets and pick responsibles).</summary>
    Task<IReadOnlySet<Guid>> MembersOfAsync(IReadOnlyCollection<Guid> attendantGroupIds, CancellationToken cancellationToken);

    /// <summary>Who did what to users and groups, newest first.</summary>
    Task<PagedList<AuditEntryDto>> AuditAsync(int page, int pageSize, CancellationToken cancellationToken);
}

/// <summary>A permission group's fields; the members of <paramref name="AttendantGroupIds"/> get its permissions too.</summary>
public sealed record PermissionGroupFields(string Name, string? Description, IReadOnlyList<string> Permissions, IReadOnlyList<Guid>? AttendantGroupIds = null);

/// <summary>A permission group; <paramref name="GrantsAll"/> (Administrador) cannot be edited, built-in ones cannot be deleted.</summary>
public sealed record PermissionGroupDto(
    Guid Id, string Name, string Description, IReadOnlyList<string> Permissions, bool GrantsAll, bool IsBuiltIn, int MemberCount)
{
    /// <summary>Attendant groups whose members all get this group's permissions.</summary>
    public IReadOnlyList<Guid> AttendantGroupIds { get; init; } = [];
}

public sealed record AttendantGroupFields(string Name, string? Description);

public sealed record AttendantGroupDto(Guid Id, string Name, string Description, int MemberCount);

public sealed record AuditEntryDto(DateTimeOffset At, string ActorName, string Action, string Subject, string Details);
