using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>Thin: each call resolves its use case.</summary>
internal sealed class UserAdministration(IServiceProvider services) : IUserAdministration
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<Result<Guid>> InviteAsync(UserFields fields, UserActor actor, CancellationToken cancellationToken) =>
        Get<InviteUser>().HandleAsync(fields, actor, cancellationToken);

    public Task<Result> UpdateAsync(Guid userId, UserChanges changes, UserActor actor, CancellationToken cancellationToken) =>
        Get<ChangeUser>().HandleAsync(userId, changes, actor, cancellationToken);

    public Task<Result> SetActiveAsync(Guid userId, bool active, UserActor actor, CancellationToken cancellationToken) =>
        Get<ChangeUser>().HandleAsync(userId, new UserChanges(Active: active), actor, cancellationToken);

    public Task<Result> SendPasswordLinkAsync(Guid userId, UserActor actor, CancellationToken cancellationToken) =>
        Get<SendPasswordLink>().HandleAsync(userId, actor, cancellationToken);

    public Task<Result> ResetTwoFactorAsync(Guid userId, UserActor actor, CancellationToken cancellationToken) =>
        Get<ResetTwoFactor>().HandleAsync(userId, actor, cancellationToken);

    public Task<PagedList<UserRowDto>> ListAsync(UserFilter filter, CancellationToken cancellationToken) =>
        Get<ListUsers>().HandleAsync(filter, cancellationToken);

    public Task<UserDetailDto?> GetAsync(Guid userId, CancellationToken cancellationToken) =>
        Get<GetUser>().HandleAsync(userId, cancellationToken);
}
