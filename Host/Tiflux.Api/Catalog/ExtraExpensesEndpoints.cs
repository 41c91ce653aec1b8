using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Catalog;

/// <summary>
/// Extra expenses (despesas extras, Configurações › Financeiro): list, create, update. Admin and Finance, as the
/// settings pages. PUT merges the given fields into the record.
/// </summary>
internal static class ExtraExpensesEndpoints
{
    private static readonly Dictionary<string, string> ExpenseFields = new(StringComparer.Ordinal)
    {
        ["Name"] = "name",
        ["UnitValue"] = "unit_value",
        ["Description"] = "description",
        ["Active"] = "active",
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/extra-expenses", ListExpensesAsync).Produces<ExtraExpenseView[]>().WithTags("Set-up").WithSummary("List extra expenses").Paged()
            .Requires(Permissions.FinancialSettings);
        api.MapPost("/extra-expenses", (HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken ct) => SaveExpenseAsync(null, http, catalog, ids, ct))
            .Produces<ExtraExpenseView>(201).WithTags("Set-up").WithSummary("Create an extra expense").Body<ExtraExpenseBody>()
            .Requires(Permissions.FinancialSettings);
        api.MapPut("/extra-expenses/{id}", (string id, HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken ct) => SaveExpenseAsync(id, http, catalog, ids, ct))
            .Produces<ExtraExpenseView>().WithTags("Set-up").WithSummary("Update an extra expense (partial)").Body<ExtraExpenseBody>()
            .Requires(Permissions.FinancialSettings);
    }

    private static async Task<IResult> ListExpensesAsync(HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var paging = CatalogRoutes.Paging(http);
        var all = await catalog.ListExtraExpensesAsync(cancellationToken);
        var page = paging.Apply(all).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.ExtraExpense, page.Select(e => e.Id)), cancellationToken);
        return ApiResults.Page(http, page.Select(e => View(e, map[PublicIdKind.ExtraExpense, e.Id])), all.Count);
    }

    private static async Task<IResult> SaveExpenseAsync(string? id, HttpContext http, ICatalogAdministration catalog, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var existing = id is null ? null : await CatalogRoutes.FindAsync(id, PublicIdKind.ExtraExpense, "ExtraExpense", catalog.ListExtraExpensesAsync, e => e.Id, ids, cancellationToken);
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
}

/// <summary>An extra expense (gasto extra) of the catalog.</summary>
internal sealed record ExtraExpenseView(int Id, string Name, string UnitValue, string Description, bool Active);

/// <summary>POST/PUT /extra-expenses (documentation only).</summary>
internal sealed record ExtraExpenseBody(string Name, decimal UnitValue, string? Description, bool? Active);
