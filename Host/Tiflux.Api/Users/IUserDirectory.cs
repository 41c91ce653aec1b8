namespace Tiflux.Api.Users;

/// <summary>
/// The user accounts the API reads. The accounts belong to the host (ASP.NET Core Identity), which implements this
/// port; the API does not know how they are stored.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The user with this id, or null.</summary>
    Task<DirectoryUser?> FindAsync(Guid id);

    /// <summary>Every user.</summary>
    Task<IReadOnlyList<DirectoryUser>> AllAsync();
}

/// <summary>A user account as the API shows it.</summary>
public sealed record DirectoryUser(
    Guid Id,
    string? Email,
    string FullName,
    string Type,
    bool Active,
    Guid? ClientId,
    bool TwoFactorEnabled,
    string? PhoneNumber)
{
    /// <summary>The plain-text signature appended to answers sent with <c>with_signature</c>; null when none is registered.</summary>
    public string? Signature { get; init; }

    /// <summary>The name to show: the full name, or the e-mail when there is none.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(FullName) ? Email ?? "" : FullName;
}
