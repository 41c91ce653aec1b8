using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Api.Tokens;
using Tiflux.Web.Identity;

namespace Tiflux.TestKit;

/// <summary>Custom permission groups, their members' principals and API tokens, set up through the host's own services.</summary>
public static class PermissionGroupSetup
{
    /// <summary>A new custom group (not built in) granting exactly <paramref name="permissions"/>; returns its name.</summary>
    public static async Task<string> CreatePermissionGroupAsync(this TifluxAppFactory app, IEnumerable<string> permissions)
    {
        var name = "Grupo " + Guid.NewGuid().ToString("N")[..12];
        await using var scope = app.Services.CreateAsyncScope();
        var groups = scope.ServiceProvider.GetRequiredService<RoleManager<PermissionGroup>>();
        Succeeded(await groups.CreateAsync(new PermissionGroup { Name = name, Permissions = [.. permissions] }));
        return name;
    }

    /// <summary>Replaces what <paramref name="group"/> grants, as the group editor would.</summary>
    public static async Task SetGroupPermissionsAsync(this TifluxAppFactory app, string group, IEnumerable<string> permissions)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var groups = scope.ServiceProvider.GetRequiredService<RoleManager<PermissionGroup>>();
        var found = await groups.FindByNameAsync(group) ?? throw new InvalidOperationException($"No permission group '{group}'.");
        found.Permissions = [.. permissions];
        Succeeded(await groups.UpdateAsync(found));
    }

    /// <summary>Links a client-portal user to the client whose records they may see.</summary>
    public static async Task SetPortalClientAsync(this TifluxAppFactory app, string email, Guid clientId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        user.ClientId = clientId;
        Succeeded(await users.UpdateAsync(user));
    }

    /// <summary>A new personal API token of the user with this e-mail.</summary>
    public static async Task<string> IssueApiTokenAsync(this TifluxAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException(email);
        return (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "teste", default)).Secret;
    }

    /// <summary>The principal a fresh sign-in of this user gets (with their permissions).</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(this TifluxAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<TifluxUser>>().CreateAsync(user);
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
