using Tiflux.SharedKernel;

namespace Tiflux.Api.Users;

/// <summary>
/// The portal users of a client (Clientes › Usuários do portal, <c>POST /clients/{id}/users</c>, <c>client_ids</c>):
/// invite or link, permissions, linked clients, and the client's authorization switch, whose rule needs them. Name,
/// e-mail, phone, active and the invitation link go through <see cref="IUserAdministration"/> like any user.
/// </summary>
public interface IClientUserAdministration
{
    /// <summary>
    /// Invites a new client user of <paramref name="clientId"/>, or links an existing client user with that e-mail to
    /// it too (their permissions unchanged); a staff e-mail is refused. Either way the person is also a requestor of
    /// the client (service-desk.md §3).
    /// </summary>
    Task<Result<ClientUserInvitation>> InviteAsync(Guid clientId, ClientUserFields fields, UserActor actor, CancellationToken cancellationToken);

    /// <summary>Changes a client user's portal permissions and/or linked clients (at least one); staff users are not found.</summary>
    Task<Result> UpdateAsync(Guid userId, ClientUserChanges changes, UserActor actor, CancellationToken cancellationToken);

    /// <summary>The client users linked to <paramref name="clientId"/>, by name.</summary>
    Task<IReadOnlyList<ClientUserRowDto>> ListAsync(Guid clientId, CancellationToken cancellationToken);

    /// <summary>A client user, or null (also for staff).</summary>
    Task<ClientUserRowDto?> GetAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Turns the client's authorization of new tickets on (refused without an active authoriser) or off.</summary>
    Task<Result> SetAuthorizationFlowAsync(Guid clientId, bool on, UserActor actor, CancellationToken cancellationToken);
}

/// <summary>A new client user; <see cref="Extension"/> and <see cref="Country"/> go to their requestor record.</summary>
public sealed record ClientUserFields(string Name, string Email, string? Phone, string? Extension, PortalPermissions Permissions)
{
    public string? Country { get; init; }
}

/// <summary>The invited or linked user; <see cref="Linked"/> when the person already existed and was linked.</summary>
public sealed record ClientUserInvitation(Guid UserId, bool Linked);

/// <summary>Changes to a client user; null means unchanged.</summary>
public sealed record ClientUserChanges(PortalPermissions? Permissions = null, IReadOnlyList<Guid>? ClientIds = null);

/// <summary>A client user as the client's page and the API show them.</summary>
public sealed record ClientUserRowDto(
    Guid Id, string Name, string Email, string? Phone, PortalPermissions Permissions, IReadOnlyList<Guid> ClientIds, Guid? CurrentClientId,
    bool Active, bool Invited, bool TwoFactorEnabled, DateTimeOffset? LastSignInAt);
