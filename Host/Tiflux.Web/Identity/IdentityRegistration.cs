using Microsoft.AspNetCore.Identity;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity;

internal static class IdentityRegistration
{
    public const string CanSeeMoney = "CanSeeMoney";
    public const string CanBill = "CanBill";
    public const string AdminOnly = "AdminOnly";

    public static IServiceCollection AddTifluxIdentity(this IServiceCollection services)
    {
        services.AddModuleDbContext<TifluxIdentityDbContext>(TifluxIdentityDbContext.Schema, order: 0);
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        services.AddSingleton<ISignInThrottle, SignInThrottle>();
        services.AddScoped<ISignInHistory, SignInHistory>();
        services.AddTifluxTwoFactor();
        services
            .AddIdentity<TifluxUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Password.RequiredLength = 10;
            })
            .AddEntityFrameworkStores<TifluxIdentityDbContext>()
            .AddUserStore<TifluxUserStore>()
            .AddDefaultTokenProviders()
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

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminOnly, p => p.RequireRole(Roles.Admin))
            .AddPolicy(CanBill, p => p.RequireRole(Roles.Admin, Roles.Finance))
            .AddPolicy(CanSeeMoney, p => p.RequireRole(Roles.Admin, Roles.Finance));
        return services;
    }
}
