using System.Globalization;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Contracts;

/// <summary>
/// Operations on existing contracts, sharing the Contracts module's operations with the pages: price adjustments
/// (Reajuste de contrato, <c>/contratos/reajuste</c>) and cancellation (the contract page's Cancelar). Admin and
/// Finance, as those pages. The module validates and decides; the host only maps ids and field names.
/// </summary>
internal static class ContractOperationsEndpoints
{
    /// <summary>Module fields of an adjustment and their API names.</summary>
    private static readonly Dictionary<string, string> AdjustmentFields = new(StringComparer.Ordinal)
    {
        ["ContractIds"] = "contract_ids",
        ["Percent"] = "percent",
        ["NewValue"] = "new_value",
        ["IndexName"] = "index_name",
    };

    /// <summary>Module fields of a cancellation and their API names.</summary>
    private static readonly Dictionary<string, string> CancelFields = new(StringComparer.Ordinal)
    {
        ["CancelledOn"] = "cancelled_on",
        ["Reason"] = "reason",
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/contracts/readjustments", ListDueAsync).Produces<ReadjustmentDueView[]>().WithTags("Set-up")
            .WithSummary("Contracts whose scheduled price adjustment falls in a month").Query("month", "string").Paged();
        api.MapPost("/contracts/readjustments", ApplyAsync).Produces<ReadjustmentView>(201).WithTags("Set-up")
            .WithSummary("Apply a price adjustment (percent or new value) to contracts, all or nothing").Body<ReadjustmentBody>();
        api.MapPut("/contracts/{id}/cancel", CancelAsync).Produces<ContractView>().WithTags("Set-up")
            .WithSummary("Cancel a contract from a date (cycles starting after it are not billed)").Body<CancelContractBody>();
    }

    private static async Task<IResult> ListDueAsync(
        HttpContext http, IContractsAdministration contracts, PublicIds ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        http.Billing();
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
                ContractSetupEndpoints.StatusName(c.Status),
                ApiResults.Date(c.AdjustmentDate),
                ApiResults.Money(c.CurrentValue))),
            due.Count);
    }

    private static async Task<IResult> ApplyAsync(
        HttpContext http, IContractsAdministration contracts, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Billing();
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var numbers = body.IntArray("contract_ids") ?? [];
        var percent = body.Decimal("percent");
        var newValue = body.Decimal("new_value");
        var indexName = body.String("index_name");
        var contractIds = new List<Guid>();
        var unknown = new List<int>();
        foreach (var number in numbers.Distinct())
        {
            if (await AutomationSupport.FindContractAsync(number, ids, module, cancellationToken) is { } contractId)
            {
                contractIds.Add(contractId);
            }
            else
            {
                unknown.Add(number);
            }
        }

        if (unknown.Count > 0)
        {
            body.Fail("contract_ids", "contains contracts that do not exist: " + string.Join(", ", unknown.Select(n => n.ToString(CultureInfo.InvariantCulture))));
        }

        body.ThrowIfErrors();
        var request = new ApplyAdjustmentRequest(contractIds, percent, newValue, indexName ?? "", caller.Name);
        var applied = await contracts.ApplyAdjustmentsAsync(request, cancellationToken);
        applied.ThrowIfFailed(AdjustmentFields);
        var views = new List<ContractView>(contractIds.Count);
        foreach (var contractId in contractIds)
        {
            views.Add(await ContractSetupEndpoints.ViewAsync(contractId, contracts, ids, cancellationToken));
        }

        return ApiResults.Created(new ReadjustmentView(applied.Value, [.. views]));
    }

    private static async Task<IResult> CancelAsync(
        string id, HttpContext http, IContractsAdministration contracts, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Billing();
        var contractId = await AutomationSupport.FindContractAsync(ApiPath.Id(id), ids, module, cancellationToken)
            ?? throw ApiPath.NotFound("Contract", id);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var cancelledOn = body.Date("cancelled_on", required: true);
        var reason = body.String("reason");
        body.ThrowIfErrors();
        var cancelled = await contracts.CancelContractAsync(contractId, cancelledOn!.Value, reason ?? "", cancellationToken);
        cancelled.ThrowIfFailed(CancelFields);
        return ApiResults.Ok(await ContractSetupEndpoints.ViewAsync(contractId, contracts, ids, cancellationToken));
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

/// <summary>An applied adjustment: how many contracts were adjusted and each one with its new rider as <c>last_rider</c>.</summary>
internal sealed record ReadjustmentView(int AdjustedCount, ContractView[] Contracts);

/// <summary>POST /contracts/readjustments (documentation only; the body is read leniently). Exactly one of percent and new_value.</summary>
internal sealed record ReadjustmentBody(int[] ContractIds, decimal? Percent, decimal? NewValue, string IndexName);

/// <summary>PUT /contracts/{id}/cancel (documentation only; the body is read leniently).</summary>
internal sealed record CancelContractBody(string CancelledOn, string Reason);
