using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Billing;

/// <summary>GET /billings/{id}: a billing with its lines (its API id is its number). Admin and Finance.</summary>
internal static class BillingGetEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/billings/{id}", GetAsync).Produces<BillingView>().WithTags("Billing automation").WithSummary("A billing with its lines")
            .Requires(Permissions.Billing);

    private static async Task<IResult> GetAsync(string id, HttpContext http, IBillingWorkflow workflow, IContractsModule contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var billingId = await BillingViewShape.ResolveAsync(id, workflow, ids, cancellationToken);
        return ApiResults.Ok(await BillingViewShape.ViewAsync(billingId, workflow, contracts, ids, cancellationToken));
    }
}
