using System.Globalization;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Contracts;

/// <summary>
/// GET /contracts/readjustments: contracts whose scheduled price adjustment falls in a month.
/// Shares the Contracts module's operation with the page (Reajuste de contrato, <c>/contratos/reajuste</c>). Admin and
/// Finance, as that page. The module validates and decides; the API only maps ids and field names.
/// </summary>
internal static class ReadjustmentsDueEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/contracts/readjustments", ListDueAsync).Produces<ReadjustmentDueView[]>().WithTags("Set-up")
            .WithSummary("Contracts whose scheduled price adjustment falls in a month").Query("month", "string").Paged()
            .Requires(Permissions.ContractsManage);

    private static async Task<IResult> ListDueAsync(
        HttpContext http, IContractsAdministration contracts, PublicIds ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        http.Caller();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var first = Month(query, "month") ?? FirstDay(BrazilTime.Today(clock));
        query.ThrowIfErrors();
        var due = await contracts.ListAdjustmentsDueAsync(first.Year, first.Month, cancellationToken);
        var page = paging.Apply(due).ToList();
        var batch = new PublicIdBatch().AddRange(PublicIdKind.Client, page.Select(c => c.ClientId));
        foreach (var contract in page)
        {
            batch.Add(PublicIdKind.Contract, contract.ContractId, contract.Number);
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        return ApiResults.Page(
            http,
            page.Select(c => new ReadjustmentDueView(
                c.Number,
                c.Name,
                new IdName(map[PublicIdKind.Client, c.ClientId], c.ClientName),
                ContractNames.Modality(c.Modality),
                ContractViewShape.StatusName(c.Status),
                ApiResults.Date(c.AdjustmentDate),
                ApiResults.Money(c.CurrentValue))),
            due.Count);
    }

    /// <summary>The first day of a <c>YYYY-MM</c> query month; fails the parameter when malformed or out of range.</summary>
    private static DateOnly? Month(QueryReader query, string name)
    {
        var text = query.String(name);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            query.Fail(name, "invalid month (use YYYY-MM)");
            return null;
        }

        if (!BusinessDates.Contains(first))
        {
            query.Fail(name, BodyReader.OutOfDateRange);
            return null;
        }

        return first;
    }

    private static DateOnly FirstDay(DateOnly date) => new(date.Year, date.Month, 1);
}

/// <summary>A contract due for a price adjustment in the month; <c>id</c> is the contract number.</summary>
internal sealed record ReadjustmentDueView(
    int Id,
    string Name,
    IdName Client,
    string Modality,
    string Status,
    string ReadjustmentDate,
    string CurrentValue);
