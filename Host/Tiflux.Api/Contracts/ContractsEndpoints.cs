using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Contracts;

/// <summary>GET /contracts (api-v2.md §3.3). Ids are contract numbers; values are "--" for users who may not see money.</summary>
internal static class ContractsEndpoints
{
    /// <summary>Tiflux documents no bound on these two lists; ours keeps the query bounded (a page of clients at most).</summary>
    private const int MaxFilterIds = 200;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/contracts", ListAsync).Produces<ContractListItem[]>().WithTags("Contracts").WithSummary("List contracts")
            .Query("client_ids", "string").Query("contract_type_ids", "string").Query("status", "string").Paged()
            .Requires(Permissions.ContractsView);
        ContractUpdateEndpoint.Map(api);
    }

    private static async Task<IResult> ListAsync(HttpContext http, IContractsAdministration contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var clientIds = query.IntList("client_ids", MaxFilterIds);
        var typeIds = query.IntList("contract_type_ids", MaxFilterIds);
        var statuses = query.EnumList("status", ContractNames.StatusNames) ?? ["actives"];
        query.ThrowIfErrors();

        var request = new ContractListRequest(null, null, null, null, paging.Page, paging.Limit)
        {
            ClientIds = clientIds is null ? null : [.. (await ids.ResolveManyAsync(PublicIdKind.Client, clientIds, cancellationToken)).Values],
            ContractTypeIds = typeIds is null ? null : [.. (await ids.ResolveManyAsync(PublicIdKind.ContractType, typeIds, cancellationToken)).Values],
            Statuses = [.. statuses.SelectMany(ContractNames.Statuses)],
        };
        var page = await contracts.ListContractsAsync(request, cancellationToken);
        var batch = new PublicIdBatch();
        foreach (var c in page.Items)
        {
            batch.Add(PublicIdKind.Contract, c.Id, c.Number).Add(PublicIdKind.Client, c.ClientId).Add(PublicIdKind.ContractType, c.ContractTypeId);
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        return ApiResults.Page(http, page.Items.Select(c => new ContractListItem(
            c.Number,
            c.CancelledOn is not null,
            new IdName(map[PublicIdKind.Client, c.ClientId], c.ClientName),
            new IdName(map[PublicIdKind.ContractType, c.ContractTypeId], c.ContractTypeName),
            c.ExpirationDate is null ? null : c.DurationMonths ?? Months(c.StartDate, c.ExpirationDate.Value),
            ApiResults.Date(c.ExpirationDate),
            ContractNames.Modality(c.Modality),
            c.Name,
            c.AdjustmentIntervalMonths,
            ApiResults.Date(c.NextAdjustmentDate),
            ApiResults.Money(c.RiderTax, caller),
            ApiResults.Money(c.RiderValue, caller),
            ContractNames.Status(c.Status),
            ApiResults.Money(c.TotalValue, caller))), page.TotalItems);
    }

    private static int Months(DateOnly start, DateOnly end) =>
        Math.Max(0, ((end.Year - start.Year) * 12) + end.Month - start.Month + (end.Day >= start.Day - 1 ? 1 : 0));
}

/// <summary>An id and a name, as Tiflux nests related records.</summary>
internal sealed record IdName(int Id, string Name);

/// <summary>A row of GET /contracts.</summary>
internal sealed record ContractListItem(
    int Id,
    bool Cancelled,
    IdName Client,
    IdName ContractType,
    int? Duration,
    string? ExpirationDate,
    string Modality,
    string Name,
    int? ReadjustDuration,
    string? ReadjustmentDate,
    string RiderTax,
    string RiderValue,
    string Status,
    string TotalValue);
