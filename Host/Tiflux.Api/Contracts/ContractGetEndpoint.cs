using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Contracts;

/// <summary>GET /contracts/{id}: a contract with its settings and latest rider (its API id is its number). Admin and Finance.</summary>
internal static class ContractGetEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/contracts/{id}", GetAsync).Produces<ContractView>().WithTags("Set-up").WithSummary("A contract with its latest rider")
            .Requires(Permissions.ContractsManage);

    private static async Task<IResult> GetAsync(
        string id, HttpContext http, IContractsAdministration contracts, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var contractId = await ContractGetEndpoint.ResolveAsync(id, ids, module, cancellationToken);
        return ApiResults.Ok(await ContractViewShape.ViewAsync(contractId, contracts, ids, cancellationToken));
    }

    /// <summary>The contract with this API id (its number), or 404.</summary>
    public static async Task<Guid> ResolveAsync(string id, PublicIds ids, IContractsModule module, CancellationToken cancellationToken) =>
        await AutomationSupport.FindContractAsync(ApiPath.Id(id), ids, module, cancellationToken)
            ?? throw ApiPath.NotFound("Contract", id);
}
