using System.Globalization;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Contracts;

/// <summary>
/// POST /contracts/readjustments: applies a price adjustment (percent or new value) to contracts, all or nothing.
/// Shares the Contracts module's operation with the page (Reajuste de contrato, <c>/contratos/reajuste</c>). Admin and
/// Finance, as that page. The module validates and decides; the API only maps ids and field names.
/// </summary>
internal static class ReadjustmentApplyEndpoint
{
    /// <summary>Module fields of an adjustment and their API names.</summary>
    private static readonly Dictionary<string, string> AdjustmentFields = new(StringComparer.Ordinal)
    {
        ["ContractIds"] = "contract_ids",
        ["Percent"] = "percent",
        ["NewValue"] = "new_value",
        ["IndexName"] = "index_name",
    };

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/contracts/readjustments", ApplyAsync).Produces<ReadjustmentView>(201).WithTags("Set-up")
            .WithSummary("Apply a price adjustment (percent or new value) to contracts, all or nothing").Body<ReadjustmentBody>()
            .Requires(Permissions.ContractsManage);

    private static async Task<IResult> ApplyAsync(
        HttpContext http, IContractsAdministration contracts, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
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
            views.Add(await ContractViewShape.ViewAsync(contractId, contracts, ids, cancellationToken));
        }

        return ApiResults.Created(new ReadjustmentView(applied.Value, [.. views]));
    }
}

/// <summary>An applied adjustment: how many contracts were adjusted and each one with its new rider as <c>last_rider</c>.</summary>
internal sealed record ReadjustmentView(int AdjustedCount, ContractView[] Contracts);

/// <summary>POST /contracts/readjustments (documentation only; the body is read leniently). Exactly one of percent and new_value.</summary>
internal sealed record ReadjustmentBody(int[] ContractIds, decimal? Percent, decimal? NewValue, string IndexName);
