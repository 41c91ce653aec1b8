using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Api.Catalog;

/// <summary>
/// Catalogs (Configurações › Financeiro): standalone services (loose services), travels (shifts) and extra expenses.
/// Admin and Finance, as the settings pages. PUT merges the given fields into the record.
/// </summary>
internal static class CatalogEndpoints
{
    private static readonly Dictionary<string, TravelScope> References = new(StringComparer.Ordinal)
    {
        ["All"] = TravelScope.All,
        ["Client"] = TravelScope.Client,
        ["Contract"] = TravelScope.Contract,
    };

    private static readonly Dictionary<string, string> ServiceFields = new(StringComparer.Ordinal)
    {
        ["Name"] = "name",
        ["ClientId"] = "client_id",
        ["ExternalHourRate"] = "external_value",
        ["RemoteHourRate"] = "remote_value",
        ["InternalHourRate"] = "internal_value",
        ["Active"] = "active",
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

    private static readonly Dictionary<string, string> ExpenseFields = new(StringComparer.Ordinal)
    {
        ["Name"] = "name",
        ["UnitValue"] = "unit_value",
        ["Description"] = "description",
        ["Active"] = "active",
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/loose-services", ListServicesAsync).Produces<LooseServiceView[]>().WithTags("Set-up").WithSummary("List standalone services").Paged();
        api.MapPost("/loose-services", (HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken ct) => SaveServiceAsync(null, http, catalog, ids, ct))
            .Produces<LooseServiceView>(201).WithTags("Set-up").WithSummary("Create a standalone service").Body<LooseServiceBody>();
        api.MapPut("/loose-services/{id}", (string id, HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken ct) => SaveServiceAsync(id, http, catalog, ids, ct))
            .Produces<LooseServiceView>().WithTags("Set-up").WithSummary("Update a standalone service (partial)").Body<LooseServiceBody>();

        api.MapGet("/shifts", ListTravelsAsync).Produces<ShiftView[]>().WithTags("Set-up").WithSummary("List travels").Paged();
        api.MapPost("/shifts", (HttpContext http, ICatalogAdministration catalog, IContractsModule module, PublicIds ids, CancellationToken ct) => SaveTravelAsync(null, http, catalog, module, ids, ct))
            .Produces<ShiftView>(201).WithTags("Set-up").WithSummary("Create a travel").Body<ShiftBody>();
        api.MapPut("/shifts/{id}", (string id, HttpContext http, ICatalogAdministration catalog, IContractsModule module, PublicIds ids, CancellationToken ct) => SaveTravelAsync(id, http, catalog, module, ids, ct))
            .Produces<ShiftView>().WithTags("Set-up").WithSummary("Update a travel (partial)").Body<ShiftBody>();

        api.MapGet("/extra-expenses", ListExpensesAsync).Produces<ExtraExpenseView[]>().WithTags("Set-up").WithSummary("List extra expenses").Paged();
        api.MapPost("/extra-expenses", (HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken ct) => SaveExpenseAsync(null, http, catalog, ids, ct))
            .Produces<ExtraExpenseView>(201).WithTags("Set-up").WithSummary("Create an extra expense").Body<ExtraExpenseBody>();
        api.MapPut("/extra-expenses/{id}", (string id, HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken ct) => SaveExpenseAsync(id, http, catalog, ids, ct))
            .Produces<ExtraExpenseView>().WithTags("Set-up").WithSummary("Update an extra expense (partial)").Body<ExtraExpenseBody>();
    }

    // ---- Standalone services ------------------------------------------------------------------------------

    private static async Task<IResult> ListServicesAsync(HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Billing();
        var paging = Paging(http);
        var all = await catalog.ListStandaloneServicesAsync(cancellationToken);
        var page = paging.Apply(all).ToList();
        var map = await ids.AssignAsync(ServiceBatch(page), cancellationToken);
        return ApiResults.Page(http, page.Select(s => View(s, map)), all.Count);
    }

    private static async Task<IResult> SaveServiceAsync(string? id, HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Billing();
        var existing = id is null ? null : await FindAsync(id, PublicIdKind.LooseService, "LooseService", catalog.ListStandaloneServicesAsync, s => s.Id, ids, cancellationToken);
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

    // ---- Travels ------------------------------------------------------------------------------------------

    private static async Task<IResult> ListTravelsAsync(HttpContext http, ICatalogAdministration catalog, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Billing();
        var paging = Paging(http);
        var all = await catalog.ListTravelsAsync(cancellationToken);
        var page = paging.Apply(all).ToList();
        var map = await ids.AssignAsync(await TravelBatchAsync(page, module, cancellationToken), cancellationToken);
        return ApiResults.Page(http, page.Select(t => View(t, map)), all.Count);
    }

    private static async Task<IResult> SaveTravelAsync(
        string? id, HttpContext http, ICatalogAdministration catalog, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Billing();
        var existing = id is null ? null : await FindAsync(id, PublicIdKind.Shift, "Shift", catalog.ListTravelsAsync, t => t.Id, ids, cancellationToken);
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

    // ---- Extra expenses -----------------------------------------------------------------------------------

    private static async Task<IResult> ListExpensesAsync(HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Billing();
        var paging = Paging(http);
        var all = await catalog.ListExtraExpensesAsync(cancellationToken);
        var page = paging.Apply(all).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.ExtraExpense, page.Select(e => e.Id)), cancellationToken);
        return ApiResults.Page(http, page.Select(e => View(e, map[PublicIdKind.ExtraExpense, e.Id])), all.Count);
    }

    private static async Task<IResult> SaveExpenseAsync(string? id, HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Billing();
        var existing = id is null ? null : await FindAsync(id, PublicIdKind.ExtraExpense, "ExtraExpense", catalog.ListExtraExpensesAsync, e => e.Id, ids, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var name = body.String("name", required: existing is null || body.Has("name"), maxLength: 200);
        var unitValue = body.Decimal("unit_value", required: existing is null);
        var description = body.String("description", maxLength: 1000);
        var active = body.Bool("active");
        body.ThrowIfErrors();

        var request = new SaveExtraExpenseRequest(
            name ?? existing!.Name,
            unitValue ?? existing!.UnitValue,
            description ?? existing?.Description ?? "",
            active ?? existing?.Active ?? true);
        var saved = await catalog.SaveExtraExpenseAsync(existing?.Id, request, cancellationToken);
        saved.ThrowIfFailed(ExpenseFields);
        var expense = (await catalog.ListExtraExpensesAsync(cancellationToken)).Single(e => e.Id == saved.Value);
        var view = View(expense, await ids.AssignAsync(PublicIdKind.ExtraExpense, expense.Id, cancellationToken));
        return existing is null ? ApiResults.Created(view) : ApiResults.Ok(view);
    }

    private static ExtraExpenseView View(ExtraExpenseDto e, int id) =>
        new(id, e.Name, ApiResults.Money(e.UnitValue), e.Description, e.Active);

    // ---- Shared -------------------------------------------------------------------------------------------

    private static Paging Paging(HttpContext http)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        return paging;
    }

    private static async Task<T> FindAsync<T>(
        string id, PublicIdKind kind, string what, Func<CancellationToken, Task<IReadOnlyList<T>>> list, Func<T, Guid> key, PublicIds ids, CancellationToken cancellationToken)
        where T : class
    {
        var internalId = await AutomationSupport.ResolveAsync(ids, kind, id, what, cancellationToken);
        return (await list(cancellationToken)).FirstOrDefault(x => key(x) == internalId) ?? throw ApiPath.NotFound(what, id);
    }
}

/// <summary>A standalone service (serviço avulso): hourly rates per attendance mode.</summary>
internal sealed record LooseServiceView(int Id, string Name, int? ClientId, string ExternalValue, string RemoteValue, string InternalValue, bool Active);

/// <summary>POST/PUT /loose-services (documentation only).</summary>
internal sealed record LooseServiceBody(string Name, int? ClientId, decimal ExternalValue, decimal RemoteValue, decimal InternalValue, bool? Active);

/// <summary>A travel (deslocamento); <c>reference</c> is All, Client or Contract.</summary>
internal sealed record ShiftView(int Id, string Name, string Value, string Reference, int? ClientId, int? ContractId, bool Active);

/// <summary>POST/PUT /shifts (documentation only).</summary>
internal sealed record ShiftBody(string Name, decimal Value, string? Reference, int? ClientId, int? ContractId, bool? Active);

/// <summary>An extra expense (gasto extra) of the catalog.</summary>
internal sealed record ExtraExpenseView(int Id, string Name, string UnitValue, string Description, bool Active);

/// <summary>POST/PUT /extra-expenses (documentation only).</summary>
internal sealed record ExtraExpenseBody(string Name, decimal UnitValue, string? Description, bool? Active);
