using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Clients;

/// <summary>GET /clients (api-v2.md §3.2). Staff see every client; a portal user only their own.</summary>
internal static class ClientListEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/clients", ListAsync).Produces<ClientListItem[]>().WithTags("Clients").WithSummary("List clients")
            .Query("active", "boolean").Query("name", "string").Query("social_revenue", "string").Paged()
            .RequiresOrPortal(Permissions.ClientsView);

    private static async Task<IResult> ListAsync(HttpContext http, IClientsAdministration clients, IContractsModule contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var active = query.Bool("active");
        var name = query.String("name");
        var document = query.String("social_revenue");
        query.ThrowIfErrors();

        IReadOnlyList<ClientListItemDto> rows;
        int total;
        if (caller.IsStaff)
        {
            var page = await clients.ListClientsAsync(new ClientListRequest(document ?? name, active, paging.Page, paging.Limit), cancellationToken);
            rows = [.. page.Items.Where(c => name is null || document is null || Matches(c, name))];
            total = page.TotalItems;
        }
        else
        {
            var own = caller.ClientId is { } clientId ? await contracts.GetClientAsync(clientId, cancellationToken) : null;
            rows = own is not null && (active is null || own.Active == active) && (name is null || Matches(own, name))
                && (document is null || own.TaxId == ClientShape.TaxIdDigits(document))
                ? [new ClientListItemDto(own.Id, own.Name, own.LegalName, own.TaxIdFormatted, own.Active, 0)]
                : [];
            total = rows.Count;
            rows = [.. paging.Apply(rows)];
        }

        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.Client, rows.Select(c => c.Id)), cancellationToken);
        return ApiResults.Page(http, rows.Select(c => new ClientListItem(map[PublicIdKind.Client, c.Id], c.Name, c.LegalName, ClientShape.TaxIdDigits(c.TaxIdFormatted), c.Active)), total);
    }

    private static bool Matches(ClientListItemDto c, string name) =>
        c.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || c.LegalName.Contains(name, StringComparison.OrdinalIgnoreCase);

    private static bool Matches(ClientSummary c, string name) =>
        c.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || c.LegalName.Contains(name, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A row of GET /clients.</summary>
internal sealed record ClientListItem(int Id, string Name, string Social, string SocialRevenue, bool Status);
