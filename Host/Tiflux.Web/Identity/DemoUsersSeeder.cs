using Microsoft.AspNetCore.Identity;
using Tiflux.BuildingBlocks.Demo;

namespace Tiflux.Web.Identity;

/// <summary>Demo sign-ins in the Financeiro and Técnico groups, sharing the administrator's bootstrap password.</summary>
internal sealed class DemoUsersSeeder(UserManager<TifluxUser> users, IConfiguration configuration) : IDemoDataSeeder
{
    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var password = configuration["TIFLUX_ADMIN_PASSWORD"];
        if (string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        await EnsureUserAsync("financeiro@tiflux.local", "Fernanda Financeiro", DefaultPermissionGroups.Finance, password);
        await EnsureUserAsync("tecnico@tiflux.local", "Tiago Técnico", DefaultPermissionGroups.Technician, password);
    }

    private async Task EnsureUserAsync(string email, string name, string group, string password)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new TifluxUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            await users.AddToRoleAsync(user, group);
        }
    }
}
