using Microsoft.AspNetCore.Identity;

namespace Tiflux.Web.Identity;

/// <summary>On first start, creates the administrator named by TIFLUX_ADMIN_EMAIL / TIFLUX_ADMIN_PASSWORD.</summary>
internal sealed partial class AdminBootstrapper(
    UserManager<TifluxUser> users,
    IConfiguration configuration,
    ILogger<AdminBootstrapper> logger)
{
    public async Task RunAsync()
    {
        if ((await users.GetUsersInRoleAsync(DefaultPermissionGroups.Administrator)).Count > 0)
        {
            return;
        }

        var email = configuration["TIFLUX_ADMIN_EMAIL"];
        var password = configuration["TIFLUX_ADMIN_PASSWORD"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            LogNoAdmin(logger);
            return;
        }

        var admin = new TifluxUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Administrador" };
        EnsureSucceeded(await users.CreateAsync(admin, password));
        EnsureSucceeded(await users.AddToRoleAsync(admin, DefaultPermissionGroups.Administrator));
        LogAdminCreated(logger, email);
    }

    private static void EnsureSucceeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "Could not create the administrator: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(LogLevel.Warning, "No administrator exists and TIFLUX_ADMIN_EMAIL / TIFLUX_ADMIN_PASSWORD are not set: nobody can sign in yet.")]
    private static partial void LogNoAdmin(ILogger logger);

    [LoggerMessage(LogLevel.Information, "Administrator {Email} created from configuration.")]
    private static partial void LogAdminCreated(ILogger logger, string email);
}
