using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tiflux.Api.Users;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Hosting;

namespace Tiflux.Web.Identity.Administration;

/// <summary>
/// The single-use, expiring link to set a password, sent by e-mail through Notifications. It is Identity's
/// password-reset token: it expires after <see cref="DataProtectionTokenProviderOptions.TokenLifespan"/> and stops
/// working once used, because setting the password changes the user's security stamp.
/// </summary>
internal sealed class AccountLinks(
    UserManager<TifluxUser> users,
    INotificationsModule notifications,
    IOptions<TifluxOptions> tiflux,
    IOptions<DataProtectionTokenProviderOptions> tokens,
    TimeProvider time)
{
    public const string SetPasswordPath = "/conta/definir-senha";

    public async Task<Result> SendAsync(TifluxUser user, AccountLinkPurpose purpose, UserActor actor, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var url = tiflux.Value.PublicUrl($"{SetPasswordPath}?usuario={user.Id}&token={Uri.EscapeDataString(token)}");
        var queued = await notifications.QueueAccountLinkAsync(
            new AccountLinkEmailRequest(
                user.Id, user.Email ?? "", string.IsNullOrWhiteSpace(user.FullName) ? user.Email ?? "" : user.FullName, url,
                time.GetUtcNow() + tokens.Value.TokenLifespan, purpose, actor.Name),
            cancellationToken);
        return queued.IsSuccess ? Result.Success() : Result.Failure(queued.Errors);
    }
}
