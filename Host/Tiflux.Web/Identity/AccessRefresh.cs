using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Tiflux.Api.Users;

namespace Tiflux.Web.Identity;

/// <summary>
/// Re-reads the signed-in user's access on every request: a deactivated user is signed out at once, and a changed
/// permission group applies without signing in again. Runs after Identity's security-stamp check (a changed password
/// ends the other sessions).
/// </summary>
internal static class AccessRefresh
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id || !Guid.TryParse(id, out var userId))
        {
            return;
        }

        var access = await context.HttpContext.RequestServices.GetRequiredService<IUserAccess>()
            .FindActiveAsync(userId, context.HttpContext.RequestAborted);
        if (access is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        context.ReplacePrincipal(AccessClaims.With(context.Principal, access));
    }
}
