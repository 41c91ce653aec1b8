using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Catalog;

/// <summary>
/// Travels (deslocamentos; Tiflux's "shifts", Configurações › Financeiro): list, create, update. Admin and Finance, as
/// the settings pages. PUT merges the given fields into the record.
/// </summary>
internal static class ShiftsEndpoints
{
    private static readonly Dictionary<string, TravelScope> References = new(StringComparer.Ordinal)
    {
        ["All"] = TravelScope.All,
        ["Client"] = TravelScope.Client,
        ["Contract"] = TravelScope.Contract,
    };

    private static readonly Dictionary<string, string> TravelFields = new(StringComparer.Ordinal)
    {
        ["Name"] = "name",
        ["Value"] = "value",
        ["Scope"] = "reference",
        ["ClientId"] = "client_id",
        ["ContractId"] = "contract_id",
        ["Active"] = "active",
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/shifts", ListTravelsAsync).Produces<ShiftView[]>().WithTags("Set-up").WithSummary("List travels").Paged()
            .Requires(Permissions.FinancialSettings);
        api.MapPost("/shifts", (HttpContext http, ICatalogAdministration catalog, IContractsModule module, PublicIds ids, CancellationToken ct) => SaveTravelAsync(null, http, catalog, module, ids, ct))
            .Produces<ShiftView>(201).WithTags("Set-up").WithSummary("Create a travel").Body<ShiftBody>()
            .Requires(Permissions.FinancialSettings);
        api.MapPut("/shifts/{id}", (string id, HttpContext http, ICatalogAdministration catalog, IContractsModule module, PublicIds ids, CancellationToken ct) => SaveTravelAsync(id, http, catalog, module, ids, ct))
            .Produces<ShiftView>().WithTags("Set-up").WithSummary("Update a travel (partial)").Body<ShiftBody>()
            .Requires(Permissions.FinancialSettings);
    }

    private static async Task<IResult> ListTravelsAsync(HttpContext http, ICatalogAdministration catalog, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var paging = CatalogRoutes.Paging(http);
        var all = await catalog.ListTravelsAsync(cancellationToken);
        var page = paging.Apply(all).ToList();
        var map = await ids.AssignAsync(await TravelBatchAsync(page, module, cancellationToken), cancellationToken);
        return ApiResults.Page(http, page.Select(t => View(t, map)), all.Count);
    }

    private static async Task<IResult> SaveTravelAsync(
        string? id, HttpContext http, ICatalogAdministration catalog, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var existing = id is null ? null : await CatalogRoutes.FindAsync(id, PublicIdKind.Shift, "Shift", catalog.ListTravelsAsync, t => t.Id, ids, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var name = body.String("name", required: existing is null || body.Has("name"), maxLength: 200);
        var value = body.Decimal("value", required: existing is null);
        var scope = AutomationSupport.Enum(body, "reference", References);
        var clientId = body.Has("client_id") ? await AutomationSupport.ClientAsync(body, "client_id", ids, required: false, cancellationToken) : existing?.ClientId;
        Guid? contractId = existing?.ContractId;
        if (body.Has("contract_id"))
        {
            contractId = null;
            if (body.Int("contract_id") is { } number)
            {
                contractId = await AutomationSupport.FindContractAsync(number, ids, module, cancellationToken);
                if (contractId is null)
                {
                    body.Fail("contract_id", "does not exist");
                }
            }
        }

        var active = body.Bool("active");
        body.ThrowIfErrors();

        var request = new SaveTravelRequest(
            name ?? existing!.Name,
            value ?? existing!.Value,
            scope ?? existing?.Scope ?? TravelScope.All,
            clientId,
            contractId,
            active ?? existing?.Active ?? true);
        var saved = await catalog.SaveTravelAsync(existing?.Id, request, cancellationToken);
        saved.ThrowIfFailed(TravelFields);
        var travel = (await catalog.ListTravelsAsync(cancellationToken)).Single(t => t.Id == saved.Value);
        var view = View(travel, await ids.AssignAsync(await TravelBatchAsync([travel], module, cancellationToken), cancellationToken));
        return existing is null ? ApiResults.Created(view) : ApiResults.Ok(view);
    }

    private static async Task<PublicIdBatch> TravelBatchAsync(IReadOnlyList<TravelDto> travels, IContractsModule module, CancellationToken cancellationToken)
    {
        var batch = new PublicIdBatch();
        var contractIds = travels.Select(t => t.ContractId).OfType<Guid>().Distinct().ToList();
        var numbers = contractIds.Count == 0
            ? []
            : (await module.GetContractTermsAsync(new ContractTermsRequest(null, contractIds), cancellationToken)).ToDictionary(c => c.Id, c => c.Number);
        foreach (var t in travels)
        {
            batch.Add(PublicIdKind.Shift, t.Id).Add(PublicIdKind.Client, t.ClientId);
            if (t.ContractId is { } c && numbers.TryGetValue(c, out var number))
            {
                batch.Add(PublicIdKind.Contract, c, number);
            }
        }

        return batch;
    }

    private static ShiftView View(TravelDto t, PublicIdMap map) => new(
        map[PublicIdKind.Shift, t.Id], t.Name, ApiResults.Money(t.Value), References.First(r => r.Value == t.Scope).Key,
        map.Find(PublicIdKind.Client, t.ClientId), map.Find(PublicIdKind.Contract, t.ContractId), t.Active);
}

/// <summary>A travel (deslocamento); <c>reference</c> is All, Client or Contract.</summary>
internal sealed record ShiftView(int Id, string Name, string Value, string Reference, int? ClientId, int? ContractId, bool Active);

/// <summary>POST/PUT /shifts (documentation only).</summary>
internal sealed record ShiftBody(string Name, decimal Value, string? Reference, int? ClientId, int? ContractId, bool? Active);
