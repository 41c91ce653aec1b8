using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Api.Conventions;
using Tiflux.Web.Api.Persistence;

namespace Tiflux.Web.Api.Endpoints;

/// <summary>
/// Equipment groups and equipments (api-v2.md §3.10) from the clients' resources. Our resources are manual (no agent),
/// so agent and inventory fields are null.
/// </summary>
internal static class EquipmentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/equipment-groups", GroupsAsync).Produces<EquipmentGroupItem[]>().WithTags("Equipments").WithSummary("Resource groups")
            .Query("client_id", "integer").Paged();
        api.MapGet("/equipments", EquipmentsAsync).Produces<EquipmentItem[]>().WithTags("Equipments").WithSummary("Resources")
            .Query("client_id", "integer").Query("include_manufacturer", "boolean").Query("include_system", "boolean").Paged();
    }

    private static async Task<IResult> GroupsAsync(HttpContext http, IContractsModule contracts, IClientsAdministration clients, PublicIds ids, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var clientNumber = query.Int("client_id");
        query.ThrowIfErrors();
        var owners = await ClientsAsync(http.Caller(), clientNumber, contracts, ids, cancellationToken);
        var groups = new List<(ClientSummary Client, ResourceGroupDto Group)>();
        foreach (var client in owners)
        {
            var details = await clients.GetClientDetailsAsync(client.Id, cancellationToken);
            groups.AddRange(details?.ResourceGroups.Select(g => (client, g)) ?? []);
        }

        var page = paging.Apply(groups).ToList();
        var map = await ids.AssignAsync(
            new PublicIdBatch().AddRange(PublicIdKind.EquipmentGroup, page.Select(g => g.Group.Id)).AddRange(PublicIdKind.Client, page.Select(g => g.Client.Id)),
            cancellationToken);
        return ApiResults.Page(http, page.Select(g => new EquipmentGroupItem(
            map[PublicIdKind.EquipmentGroup, g.Group.Id], g.Group.Name, new IdName(map[PublicIdKind.Client, g.Client.Id], g.Client.Name))), groups.Count);
    }

    private static async Task<IResult> EquipmentsAsync(HttpContext http, IContractsModule contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var clientNumber = query.Int("client_id");
        query.Bool("include_manufacturer");
        query.Bool("include_system");
        query.ThrowIfErrors();
        var owners = await ClientsAsync(http.Caller(), clientNumber, contracts, ids, cancellationToken);
        var resources = new List<(ClientSummary Client, ResourceDto Resource)>();
        foreach (var client in owners)
        {
            resources.AddRange((await contracts.GetResourcesAsync(client.Id, cancellationToken)).Select(r => (client, r)));
        }

        var page = paging.Apply(resources).ToList();
        var batch = new PublicIdBatch().AddRange(PublicIdKind.Equipment, page.Select(r => r.Resource.Id)).AddRange(PublicIdKind.Client, page.Select(r => r.Client.Id));
        foreach (var (_, resource) in page)
        {
            batch.Add(PublicIdKind.EquipmentGroup, resource.ResourceGroupId);
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        return ApiResults.Page(http, page.Select(r => new EquipmentItem(
            map[PublicIdKind.Equipment, r.Resource.Id], null, null, new IdName(map[PublicIdKind.Client, r.Client.Id], r.Client.Name),
            r.Resource.ResourceGroupId is { } g ? new IdName(map[PublicIdKind.EquipmentGroup, g], r.Resource.ResourceGroupName ?? "") : null,
            null, null, null, null, null, false, r.Resource.Name, null, false, false, null, false, null, null, null)), resources.Count);
    }

    /// <summary>The clients whose resources the caller may list: one (client_id) or all visible.</summary>
    private static async Task<IReadOnlyList<ClientSummary>> ClientsAsync(ApiCaller caller, int? clientNumber, IContractsModule contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        if (clientNumber is { } n)
        {
            var id = await ids.ResolveAsync(PublicIdKind.Client, n, cancellationToken);
            var client = id is { } c && caller.MaySee(c) ? await contracts.GetClientAsync(c, cancellationToken) : null;
            return client is null ? [] : [client];
        }

        return caller.IsStaff
            ? await contracts.GetClientsAsync(null, cancellationToken)
            : caller.ClientId is { } own && await contracts.GetClientAsync(own, cancellationToken) is { } mine ? [mine] : [];
    }
}

internal sealed record EquipmentGroupItem(int Id, string Name, IdName Client);

/// <summary>A resource in Tiflux's equipment shape.</summary>
internal sealed record EquipmentItem(
    int Id,
    string? AcquisitionDate,
    object? Agent,
    IdName Client,
    IdName? EquipmentGroup,
    IdName? EquipmentType,
    string? Ipv4,
    string? LastConnection,
    string? LastSeen,
    object? Manufacturer,
    bool MonitoringActive,
    string Name,
    string? NetworkName,
    bool Online,
    bool Splashtop,
    object? System,
    bool Tipeertopeer,
    int? UpdatedById,
    string? User,
    string? WarrantyDate);
