using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Catalog;

/// <summary>
/// Standalone services (serviços avulsos, Configurações › Financeiro): list, create, update. Admin and Finance, as the
/// settings pages. PUT merges the given fields into the record.
/// </summary>
internal static class LooseServicesEndpoints
{
    private static readonly Dictionary<string, string> ServiceFields = new(StringComparer.Ordinal)
    {
        ["Name"] = "name",
        ["ClientId"] = "client_id",
        ["ExternalHourRate"] = "external_value",
        ["RemoteHourRate"] = "remote_value",
        ["InternalHourRate"] = "internal_value",
        ["Active"] = "active",
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/loose-services", ListServicesAsync).Produces<LooseServiceView[]>().WithTags("Set-up").WithSummary("List standalone services").Paged()
            .Requires(Permissions.FinancialSettings);
        api.MapPost("/loose-services", (HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken ct) => SaveServiceAsync(null, http, catalog, ids, ct))
            .Produces<LooseServiceView>(201).WithTags("Set-up").WithSummary("Create a standalone service").Body<LooseServiceBody>()
            .Requires(Permissions.FinancialSettings);
        api.MapPut("/loose-services/{id}", (string id, HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken ct) => SaveServiceAsync(id, http, catalog, ids, ct))
            .Produces<LooseServiceView>().WithTags("Set-up").WithSummary("Update a standalone service (partial)").Body<LooseServiceBody>()
            .Requires(Permissions.FinancialSettings);
    }

    private static async Task<IResult> ListServicesAsync(HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var paging = CatalogRoutes.Paging(http);
        var all = await catalog.ListStandaloneServicesAsync(cancellationToken);
        var page = paging.Apply(all).ToList();
        var map = await ids.AssignAsync(ServiceBatch(page), cancellationToken);
        return ApiResults.Page(http, page.Select(s => View(s, map)), all.Count);
    }

    private static async Task<IResult> SaveServiceAsync(string? id, HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var existing = id is null ? null : await CatalogRoutes.FindAsync(id, PublicIdKind.LooseService, "LooseService", catalog.ListStandaloneServicesAsync, s => s.Id, ids, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var name = body.String("name", required: existing is null || body.Has("name"), maxLength: 200);
        var clientId = body.Has("client_id") ? await AutomationSupport.ClientAsync(body, "client_id", ids, required: false, cancellationToken) : existing?.ClientId;
        var external = body.Decimal("external_value", required: existing is null);
        var remote = body.Decimal("remote_value", required: existing is null);
        var internalRate = body.Decimal("internal_value", required: existing is null);
        var active = body.Bool("active");
        body.ThrowIfErrors();

        var request = new SaveStandaloneServiceRequest(
            name ?? existing!.Name,
            clientId,
            external ?? existing!.ExternalHourRate,
            remote ?? existing!.RemoteHourRate,
            internalRate ?? existing!.InternalHourRate,
            active ?? existing?.Active ?? true);
        var saved = await catalog.SaveStandaloneServiceAsync(existing?.Id, request, cancellationToken);
        saved.ThrowIfFailed(ServiceFields);
        var service = (await catalog.ListStandaloneServicesAsync(cancellationToken)).Single(s => s.Id == saved.Value);
        var view = View(service, await ids.AssignAsync(ServiceBatch([service]), cancellationToken));
        return existing is null ? ApiResults.Created(view) : ApiResults.Ok(view);
    }

    private static PublicIdBatch ServiceBatch(IEnumerable<StandaloneServiceDto> services)
    {
        var batch = new PublicIdBatch();
        foreach (var s in services)
        {
            batch.Add(PublicIdKind.LooseService, s.Id).Add(PublicIdKind.Client, s.ClientId);
        }

        return batch;
    }

    private static LooseServiceView View(StandaloneServiceDto s, PublicIdMap map) => new(
        map[PublicIdKind.LooseService, s.Id], s.Name, map.Find(PublicIdKind.Client, s.ClientId),
        ApiResults.Money(s.ExternalHourRate), ApiResults.Money(s.RemoteHourRate), ApiResults.Money(s.InternalHourRate), s.Active);
}

/// <summary>A standalone service (serviço avulso): hourly rates per attendance mode.</summary>
internal sealed record LooseServiceView(int Id, string Name, int? ClientId, string ExternalValue, string RemoteValue, string InternalValue, bool Active);

/// <summary>POST/PUT /loose-services (documentation only).</summary>
internal sealed record LooseServiceBody(string Name, int? ClientId, decimal ExternalValue, decimal RemoteValue, decimal InternalValue, bool? Active);
