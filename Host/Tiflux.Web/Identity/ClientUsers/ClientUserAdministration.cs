using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.ClientUsers;

/// <summary>Thin: each call resolves its use case.</summary>
internal sealed class ClientUserAdministration(IServiceProvider services) : IClientUserAdministration
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<Result<ClientUserInvitation>> InviteAsync(Guid clientId, ClientUserFields fields, UserActor actor, CancellationToken cancellationToken) =>
        Get<InviteClientUser>().HandleAsync(clientId, fields, actor, cancellationToken);

    public Task<Result> UpdateAsync(Guid userId, ClientUserChanges changes, UserActor actor, CancellationToken cancellationToken) =>
        Get<ChangeClientUser>().HandleAsync(userId, changes, actor, cancellationToken);

    public Task<IReadOnlyList<ClientUserRowDto>> ListAsync(Guid clientId, CancellationToken cancellationToken) =>
        Get<ListClientUsers>().HandleAsync(clientId, cancellationToken);

    public Task<ClientUserRowDto?> GetAsync(Guid userId, CancellationToken cancellationToken) =>
        Get<ListClientUsers>().OneAsync(userId, cancellationToken);

    public Task<Result> SetAuthorizationFlowAsync(Guid clientId, bool on, UserActor actor, CancellationToken cancellationToken) =>
        Get<SaveAuthorizationFlow>().HandleAsync(clientId, on, actor, cancellationToken);
}
