using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Contracts;

/// <summary>
/// PUT /contracts/{id}/cancel: cancels a contract from a date, as the contract page's Cancelar (cycles starting after
/// it are not billed). Admin and Finance. The module validates and decides; the API only maps ids and field names.
/// </summary>
internal static class ContractCancelEndpoint
{
    /// <summary>Module fields of a cancellation and their API names.</summary>
    private static readonly Dictionary<string, string> CancelFields = new(StringComparer.Ordinal)
    {
        ["CancelledOn"] = "cancelled_on",
        ["Reason"] = "reason",
    };

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/contracts/{id}/cancel", CancelAsync).Produces<ContractView>().WithTags("Set-up")
            .WithSummary("Cancel a contract from a date (cycles starting after it are not billed)").Body<CancelContractBody>()
            .Requires(Permissions.ContractsManage);

    private static async Task<IResult> CancelAsync(
        string id, HttpContext http, IContractsAdministration contracts, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var contractId = await AutomationSupport.FindContractAsync(ApiPath.Id(id), ids, module, cancellationToken)
            ?? throw ApiPath.NotFound("Contract", id);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var cancelledOn = body.Date("cancelled_on", required: true);
        var reason = body.String("reason");
        body.ThrowIfErrors();
        var cancelled = await contracts.CancelContractAsync(contractId, cancelledOn!.Value, reason ?? "", cancellationToken);
        cancelled.ThrowIfFailed(CancelFields);
        return ApiResults.Ok(await ContractViewShape.ViewAsync(contractId, contracts, ids, cancellationToken));
    }
}

/// <summary>PUT /contracts/{id}/cancel (documentation only; the body is read leniently).</summary>
internal sealed record CancelContractBody(string CancelledOn, string Reason);
