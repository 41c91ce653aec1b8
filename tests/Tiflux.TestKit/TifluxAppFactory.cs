using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Api.Users;
using Tiflux.Web.Identity;

namespace Tiflux.TestKit;

/// <summary>
/// The real host on a fresh test database. Hangfire keeps static state, so a test process runs at most one
/// factory with <c>runJobs: true</c> (share it through a collection fixture).
/// </summary>
public class TifluxAppFactory(TestDatabase database, bool runJobs) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@teste.local";

    public string AdminPassword { get; } = "Adm-" + Guid.NewGuid().ToString("N")[..12] + "!1";

    public TestDatabase Database => database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Tiflux", database.ConnectionString);
        builder.UseSetting("Tiflux:Role", runJobs ? "all" : "web");
        builder.UseSetting("Tiflux:DemoData", "false");
        builder.UseSetting("Tiflux:HangfireWorkerCount", "2");
        // Every test signs in through the form from the same address; the per-IP throttle has its own tests.
        builder.UseSetting("SignIn:AttemptsPerMinutePerIp", "1000000");
        builder.UseSetting("TIFLUX_ADMIN_EMAIL", AdminEmail);
        builder.UseSetting("TIFLUX_ADMIN_PASSWORD", AdminPassword);
    }

    public AppClient CreateAppClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<AppClient> SignInAsAdminAsync()
    {
        var client = CreateAppClient();
        await client.SignInAsync(AdminEmail, AdminPassword);
        return client;
    }

    /// <summary>Creates a user in the permission group <paramref name="group"/> with a random password and returns a signed-in client.</summary>
    public async Task<AppClient> SignInAsNewUserAsync(string group)
    {
        var (email, password) = await CreateUserAsync(group);
        var client = CreateAppClient();
        await client.SignInAsync(email, password);
        return client;
    }

    /// <summary>A user in the permission group <paramref name="group"/> (a client user for <see cref="Groups.Client"/>).</summary>
    public async Task<(string Email, string Password)> CreateUserAsync(string group)
    {
        var prefix = group switch
        {
            Groups.Admin => "admin",
            Groups.Finance => "finance",
            Groups.Technician => "technician",
            Groups.Client => "client",
            _ => "user",
        };
        var email = $"{prefix}-{Guid.NewGuid():N}@teste.local";
        var password = "Usr-" + Guid.NewGuid().ToString("N")[..12] + "!1";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>();
        var user = new TifluxUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = group,
            Kind = group == Groups.Client ? UserKind.Client : UserKind.Staff,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, group);
        return (email, password);
    }

    /// <summary>
    /// A client user of <paramref name="clientId"/> (also linked to <paramref name="otherClients"/>) with the portal
    /// permissions <paramref name="permissions"/>, and a signed-in client for them.
    /// </summary>
    public async Task<(AppClient Client, string Email, Guid UserId)> SignInAsClientUserAsync(
        Guid clientId, PortalPermissions permissions, params Guid[] otherClients)
    {
        var (email, password, id) = await CreateClientUserAsync(clientId, permissions, otherClients);
        var client = CreateAppClient();
        await client.SignInAsync(email, password);
        return (client, email, id);
    }

    /// <summary>A client user with accepted terms, not signed in (a browser test signs them in itself).</summary>
    public async Task<(string Email, string Password, Guid UserId)> CreateClientUserAsync(
        Guid clientId, PortalPermissions permissions, params Guid[] otherClients)
    {
        var email = $"portal-{Guid.NewGuid():N}@cliente.local";
        var password = "Usr-" + Guid.NewGuid().ToString("N")[..12] + "!1";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>();
        var user = new TifluxUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = "Usuário do portal",
            Kind = UserKind.Client, ClientId = clientId, ClientIds = [clientId, .. otherClients],
            PortalPermissions = permissions, PortalTermsAcceptedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Groups.Client);
        return (email, password, user.Id);
    }
}
