namespace Tiflux.Api.Users;

/// <summary>
/// The user accounts the API reads. The accounts belong to the host (ASP.NET Core Identity), which implements this
/// port; the API does not know how they are stored.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The user with this id, or null.</summary>
    Task<DirectoryUser?> FindAsync(Guid id);

    /// <summary>The names of the user's roles (see <see cref="SharedKernel.Roles"/>).</summary>
    Task<IList<string>> RolesOfAsync(Guid id);

    /// <summary>Every user.</summary>
    Task<IReadOnlyList<DirectoryUser>> AllAsync();

    /// <summary>The users who have the role.</summary>
    Task<IList<DirectoryUser>> InRoleAsync(string role);
}

/// <summary>A user account as the API shows it.</summary>
public sealed record DirectoryUser(
    Guid Id,
    string? Email,
    string FullName,
    Guid? ClientId,
    DateTimeOffset? LockoutEnd,
    bool TwoFactorEnabled,
    string? PhoneNumber);
