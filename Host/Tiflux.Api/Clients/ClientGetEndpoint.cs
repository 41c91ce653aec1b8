using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Clients;

/// <summary>GET /clients/{id} (api-v2.md §3.2), or the short form with <c>show_entities</c>. A portal user sees only their own.</summary>
internal static class ClientGetEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/clients/{id}", GetAsync).Produces<ClientDetail>().WithTags("Clients").WithSummary("A client")
            .Query("show_entities", "boolean")
            .RequiresOrPortal(Permissions.ClientsView);

    private static async Task<IResult> GetAsync(string id, HttpContext http, IClientsAdministration clients, ITicketSetup tickets, IClientUserAdministration clientUsers, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var query = new QueryReader(http.Request.Query);
        var showEntities = query.Bool("show_entities") ?? false;
        query.ThrowIfErrors();
        var clientId = await ClientShape.ResolveAsync(id, caller, ids, cancellationToken);
        var details = await clients.GetClientDetailsAsync(clientId, cancellationToken) ?? throw ClientShape.NotFound(id);
        var publicId = await ids.AssignAsync(PublicIdKind.Client, clientId, cancellationToken);
        if (showEntities)
        {
            var c = details.Client;
            return ApiResults.Ok(new ClientWithEntities(new ClientListItem(publicId, c.Name, c.LegalName, c.TaxId, c.Active), []));
        }

        return ApiResults.Ok(await ClientShape.DetailAsync(details, publicId, tickets, clientUsers, ids, cancellationToken));
    }
}

/// <summary>GET /clients/{id}?show_entities=true.</summary>
internal sealed record ClientWithEntities(ClientListItem Client, object[] Entities);
