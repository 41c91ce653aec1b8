using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Clients;

/// <summary>
/// Equipment groups and equipments (api-v2.md §3.10) from the clients' resources. Our resources are manual (no agent),
/// so agent and inventory fields are null.
/// </summary>
internal static class EquipmentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/equipment-groups", GroupsAsync).Produces<EquipmentGroupItem[]>().WithTags("Equipments").WithSummary("Resource groups")
            .Query("client_id", "integer").Paged()
            .RequiresOrPortal(Permissions.ClientsView);
        api.MapGet("/equipments", EquipmentsAsync).Produces<EquipmentItem[]>().WithTags("Equipments").WithSummary("Resources")
            .Query("client_id", "integer").Query("include_manufacturer", "boolean").Query("include_system", "boolean").Paged()
            .RequiresOrPortal(Permissions.ClientsView);
    }

    private static async Task<IResult> GroupsAsync(HttpContext http, IContractsModule contracts, IClientsAdministration clients, PublicIds ids, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var clientNumber = query.Int("client_id");
        query.ThrowIfErrors();
        var owners = await OwnersAsync(http.Caller(), clientNumber, contracts, ids, cancellationToken);
        var groups = owners is null ? [] : (await clients.ListResourceGroupsAsync(owners.Only, cancellationToken)).Where(g => owners.Names.ContainsKey(g.ClientId)).ToList();
        var page = paging.Apply(groups).ToList();
        var map = await ids.AssignAsync(
            new PublicIdBatch().AddRange(PublicIdKind.EquipmentGroup, page.Select(g => g.Id)).AddRange(PublicIdKind.Client, page.Select(g => g.ClientId)),
            cancellationToken);
        return ApiResults.Page(http, page.Select(g => new EquipmentGroupItem(
            map[PublicIdKind.EquipmentGroup, g.Id], g.Name, new IdName(map[PublicIdKind.Client, g.ClientId], owners!.Names[g.ClientId]))), groups.Count);
    }

    private static async Task<IResult> EquipmentsAsync(HttpContext http, IContractsModule contracts, IClientsAdministration clients, PublicIds ids, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var clientNumber = query.Int("client_id");
        query.Bool("include_manufacturer");
        query.Bool("include_system");
        query.ThrowIfErrors();
        var owners = await OwnersAsync(http.Caller(), clientNumber, contracts, ids, cancellationToken);
        var resources = owners is null ? [] : (await clients.ListResourcesAsync(owners.Only, cancellationToken)).Where(r => owners.Names.ContainsKey(r.ClientId)).ToList();
        var page = paging.Apply(resources).ToList();
        var batch = new PublicIdBatch().AddRange(PublicIdKind.Equipment, page.Select(r => r.Id)).AddRange(PublicIdKind.Client, page.Select(r => r.ClientId));
        foreach (var resource in page)
        {
            batch.Add(PublicIdKind.EquipmentGroup, resource.ResourceGroupId);
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        return ApiResults.Page(http, page.Select(r => new EquipmentItem(
            map[PublicIdKind.Equipment, r.Id], null, null, new IdName(map[PublicIdKind.Client, r.ClientId], owners!.Names[r.ClientId]),
            r.ResourceGroupId is { } g ? new IdName(map[PublicIdKind.EquipmentGroup, g], r.ResourceGroupName ?? "") : null,
            null, null, null, null, null, false, r.Name, null, false, false, null, false, null, null, null)), resources.Count);
    }

    /// <summary>
    /// The clients whose resources the caller may list, by name: one (client_id), or every client for staff, or the
    /// portal user's own. <see cref="Owners.Only"/> narrows the query to one client; null when there is none to show.
    /// </summary>
    private static async Task<Owners?> OwnersAsync(ApiCaller caller, int? clientNumber, IContractsModule contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        Guid? only = clientNumber is { } n ? await ids.ResolveAsync(PublicIdKind.Client, n, cancellationToken) ?? Guid.Empty : caller.IsStaff ? null : caller.ClientId;
        if (only is { } one && (one == Guid.Empty || !caller.MaySee(one)))
        {
            return null;
        }

        if (only is null && !caller.IsStaff)
        {
            return null;
        }

        var visible = await contracts.GetClientsAsync(only is { } c ? [c] : null, cancellationToken);
        return new Owners(only, visible.ToDictionary(v => v.Id, v => v.Name));
    }

    private sealed record Owners(Guid? Only, IReadOnlyDictionary<Guid, string> Names);
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
