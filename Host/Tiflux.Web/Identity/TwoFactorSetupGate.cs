using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Tiflux.Api.Users;

namespace Tiflux.Web.Identity;

/// <summary>
/// When the organisation requires two-factor sign-in, a signed-in user who has not set it up is sent to
/// <see cref="SetupPath"/> from every page until they do (service-desk.md §2.4, point 4). The check runs on each request,
/// so turning the obligation on ends no session: it applies from the next page. Client-portal users are not included. Not gated: the set-up page itself,
/// sign-out, the error pages, <c>/health</c> and <c>/api</c> (API tokens are not subject to 2FA); static files are
/// served before this runs.
/// </summary>
internal sealed class TwoFactorSetupGate(RequestDelegate next)
{
    public const string SetupPath = "/conta/2fa";

    private static readonly PathString[] Open = [SetupPath, "/conta/sair", "/erro", "/health", "/api"];

    public async Task InvokeAsync(HttpContext context, ITwoFactorPolicy policy, UserManager<TifluxUser> users)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.User.FindFirstValue(AccessClaims.TypeClaim) != UserTypes.Client
            && !Open.Any(path => context.Request.Path.StartsWithSegments(path))
            && await policy.IsRequiredAsync(context.RequestAborted)
            && await users.GetUserAsync(context.User) is { TwoFactorEnabled: false })
        {
            context.Response.Redirect(SetupPath);
            return;
        }

        await next(context);
    }
}

internal static class TwoFactorRegistration
{
    /// <summary>The two-factor services besides Identity's own (its authenticator provider comes with the default token providers).</summary>
    public static IServiceCollection AddTifluxTwoFactor(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        services.AddScoped<ITwoFactorPolicy, StoredTwoFactorPolicy>();
        services.AddSingleton<AuthenticatorKeyProtector>();
        services.AddScoped<IUsedAuthenticatorCodes, UsedAuthenticatorCodes>();
        return services;
    }

    /// <summary>After authentication and authorization, before the endpoints.</summary>
    public static IApplicationBuilder UseTwoFactorSetupGate(this IApplicationBuilder app) => app.UseMiddleware<TwoFactorSetupGate>();
}
