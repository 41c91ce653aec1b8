namespace Tiflux.Api.Users;

/// <summary>
/// What a user may do right now, read on every request (cookie or API token) so that a deactivated user or a changed
/// permission group takes effect at once. The host implements it over its accounts and permission groups.
/// </summary>
public interface IUserAccess
{
    /// <summary>The user's access, or null when the user does not exist or is deactivated.</summary>
    Task<UserAccessDto?> FindActiveAsync(Guid userId, CancellationToken cancellationToken);
}

/// <summary>
/// An active user's type and effective permissions (the union over their permission groups). For a client user,
/// <see cref="ClientId"/> is the client they are working as now (one of their linked clients) and <see cref="Portal"/>
/// their portal permissions; staff have no client and no portal flags.
/// </summary>
public sealed record UserAccessDto(Guid UserId, string Type, Guid? ClientId, IReadOnlySet<string> Permissions)
{
    public PortalPermissions Portal { get; init; }
}

/// <summary>Tiflux's user types as the API names them (<c>_type</c>).</summary>
public static class UserTypes
{
    public const string Admin = "admin";
    public const string Attendant = "attendant";
    public const string Client = "client";
}
