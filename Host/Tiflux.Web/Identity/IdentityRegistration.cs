using Microsoft.AspNetCore.Identity;
using Tiflux.Api.Users;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Web.Identity.Administration;
using Tiflux.Web.Identity.ClientUsers;

namespace Tiflux.Web.Identity;

internal static class IdentityRegistration
{
    public static IServiceCollection AddTifluxIdentity(this IServiceCollection services)
    {
        services.AddModuleDbContext<TifluxIdentityDbContext>(TifluxIdentityDbContext.Schema, order: 0);
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        services.AddSingleton<ISignInThrottle, SignInThrottle>();
        services.AddScoped<ISignInHistory, SignInHistory>();
        services.AddScoped<IUserAccess, UserAccess>();
        services.AddTeamAdministration();
        services.AddClientUsers();
        // How long an invitation or password link stays valid (Identity's password-reset token).
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(72));
        services.AddTifluxTwoFactor();
        services
            .AddIdentity<TifluxUser, PermissionGroup>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Password.RequiredLength = 10;
                // Deactivated users are refused before their password is checked (ActiveUserConfirmation).
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<TifluxIdentityDbContext>()
            .AddUserStore<TifluxUserStore>()
            .AddDefaultTokenProviders()
            .AddUserConfirmation<ActiveUserConfirmation>()
            .AddClaimsPrincipalFactory<AccessClaimsPrincipalFactory>()
            .AddErrorDescriber<PortugueseIdentityErrorDescriber>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/conta/entrar";
            options.LogoutPath = "/conta/sair";
            options.AccessDeniedPath = "/erro/403";
            options.Cookie.Name = "tiflux.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.Events.OnValidatePrincipal = AccessRefresh.ValidatePrincipalAsync;
            // API clients get status codes (the API writes its own error object), never the sign-in page.
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        // One policy per permission, named by its key: pages and API routes are authorised by permission, never by group.
        foreach (var permission in Permissions.All)
        {
            authorization.AddPolicy(permission.Key, p => p.RequireClaim(Permissions.Claim, permission.Key));
        }

        authorization.AddPolicy(UserPolicies.Staff, p => p.RequireAuthenticatedUser()
            .RequireAssertion(c => c.User.FindFirst(AccessClaims.TypeClaim)?.Value is { } type && type != UserTypes.Client));
        authorization.AddPolicy(UserPolicies.Portal, p => p.RequireClaim(AccessClaims.TypeClaim, UserTypes.Client));

        return services;
    }
}
