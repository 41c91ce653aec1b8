using Tiflux.SharedKernel;

namespace Tiflux.Api.Users;

/// <summary>
/// Managing the team (Configurações › Usuários): the users page and the API call the same use cases, so every rule —
/// unique e-mail, at least one user who can manage users, no deactivating oneself — lives in one place, the host.
/// Every change is audited.
/// </summary>
public interface IUserAdministration
{
    /// <summary>Creates a staff user without a password and e-mails them a single-use link to set one.</summary>
    Task<Result<Guid>> InviteAsync(UserFields fields, UserActor actor, CancellationToken cancellationToken);

    /// <summary>Changes what is given (null fields are left as they are).</summary>
    Task<Result> UpdateAsync(Guid userId, UserChanges changes, UserActor actor, CancellationToken cancellationToken);

    /// <summary>Deactivates (sessions and API tokens stop at once) or reactivates a user.</summary>
    Task<Result> SetActiveAsync(Guid userId, bool active, UserActor actor, CancellationToken cancellationToken);

    /// <summary>E-mails a new single-use link to set a password: the invitation again, or a reset.</summary>
    Task<Result> SendPasswordLinkAsync(Guid userId, UserActor actor, CancellationToken cancellationToken);

    /// <summary>Turns two-factor sign-in off for a user who lost their device; they set it up again.</summary>
    Task<Result> ResetTwoFactorAsync(Guid userId, UserActor actor, CancellationToken cancellationToken);

    Task<PagedList<UserRowDto>> ListAsync(UserFilter filter, CancellationToken cancellationToken);

    Task<UserDetailDto?> GetAsync(Guid userId, CancellationToken cancellationToken);
}

/// <summary>A new user's fields; no permission groups (null) means the default group for new staff, Técnico.</summary>
public sealed record UserFields(
    string Name, string Email, string? Phone, IReadOnlyList<Guid>? PermissionGroupIds, IReadOnlyList<Guid> AttendantGroupIds);

/// <summary>Changes to a user; null means "unchanged".</summary>
public sealed record UserChanges(
    string? Name = null,
    string? Email = null,
    string? Phone = null,
    IReadOnlyList<Guid>? PermissionGroupIds = null,
    IReadOnlyList<Guid>? AttendantGroupIds = null,
    bool? Active = null);

/// <summary>Who acts, for the rules (not oneself) and the audit.</summary>
public sealed record UserActor(Guid UserId, string Name);

public sealed record UserFilter(string? Search, bool? Active, Guid? PermissionGroupId, Guid? AttendantGroupId, int Page, int PageSize);

public sealed record UserRowDto(
    Guid Id, string Name, string Email, string Type, bool Active, bool Invited, bool TwoFactorEnabled,
    IReadOnlyList<string> PermissionGroups, IReadOnlyList<string> AttendantGroups, DateTimeOffset? LastSignInAt);

public sealed record UserDetailDto(
    Guid Id, string Name, string Email, string? Phone, string Type, bool Active, bool Invited, bool TwoFactorEnabled,
    IReadOnlyList<Guid> PermissionGroupIds, IReadOnlyList<Guid> AttendantGroupIds);
