using Microsoft.AspNetCore.Identity;

namespace Tiflux.Web.Identity;

/// <summary>Only active users may sign in (Identity asks this before it checks the password).</summary>
internal sealed class ActiveUserConfirmation : IUserConfirmation<TifluxUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<TifluxUser> manager, TifluxUser user) => Task.FromResult(user.IsActive);
}
