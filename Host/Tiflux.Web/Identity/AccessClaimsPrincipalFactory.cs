using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tiflux.Api.Users;

namespace Tiflux.Web.Identity;

/// <summary>The principal of a fresh sign-in already carries the user's permissions (later requests refresh them, see <see cref="AccessRefresh"/>).</summary>
internal sealed class AccessClaimsPrincipalFactory(
    UserManager<TifluxUser> users, RoleManager<PermissionGroup> groups, IOptions<IdentityOptions> options, IUserAccess access)
    : UserClaimsPrincipalFactory<TifluxUser, PermissionGroup>(users, groups, options)
{
    public override async Task<ClaimsPrincipal> CreateAsync(TifluxUser user)
    {
        var principal = await base.CreateAsync(user);
        return await access.FindActiveAsync(user.Id, CancellationToken.None) is { } current ? AccessClaims.With(principal, current) : principal;
    }
}
