using Microsoft.AspNetCore.Identity;
using Tiflux.Api.Users;
using Tiflux.BuildingBlocks.Demo;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Identity;

/// <summary>
/// A demo Portal do Cliente sign-in: the first demo client's contact (the requester of its tickets, one of them awaiting
/// review), with every portal permission, sharing the administrator's bootstrap password. Runs after the tickets demo.
/// </summary>
internal sealed class DemoPortalUserSeeder(UserManager<TifluxUser> users, ITicketRequestors requestors, IConfiguration configuration) : IDemoDataSeeder
{
    public const string Email = "contato1@cliente.example";

    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var password = configuration["TIFLUX_ADMIN_PASSWORD"];
        if (string.IsNullOrWhiteSpace(password) || await users.FindByEmailAsync(Email) is not null)
        {
            return;
        }

        var contact = (await requestors.ListRequestorsAsync(new RequestorListRequest(Email: Email), cancellationToken)).Items
            .FirstOrDefault(r => r.Email == Email && r.Clients.Count > 0);
        if (contact is null)
        {
            return;
        }

        var clientId = contact.Clients[0].Id;
        var user = new TifluxUser
        {
            UserName = Email, Email = Email, EmailConfirmed = true, FullName = contact.Name, Kind = UserKind.Client,
            ClientId = clientId, ClientIds = [clientId],
            PortalPermissions = PortalPermissionCatalog.All.Aggregate(PortalPermissions.None, (all, p) => all | p.Flag),
        };
        if ((await users.CreateAsync(user, password)).Succeeded)
        {
            await users.AddToRoleAsync(user, DefaultPermissionGroups.Clients);
        }
    }
}
