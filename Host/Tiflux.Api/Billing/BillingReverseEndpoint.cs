using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Billing;

/// <summary>PUT /billings/{id}/reverse: reverses a billing; its lines become pending again. Admin and Finance.</summary>
internal static class BillingReverseEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/billings/{id}/reverse", ReverseAsync).Produces<ApiMessage>().WithTags("Billing automation")
            .WithSummary("Reverse a billing: its lines become pending again").Body<ReverseBody>()
            .Requires(Permissions.BillingReverse);

    private static async Task<IResult> ReverseAsync(string id, HttpContext http, IBillingWorkflow workflow, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var billingId = await BillingViewShape.ResolveAsync(id, workflow, ids, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var reason = body.String("reason", required: true, maxLength: BillingLimits.ReversalReason);
        var refundConfirmed = body.Bool("refund_confirmed") ?? false;
        body.ThrowIfErrors();
        var result = await workflow.ReverseBillingAsync(billingId, reason!, caller.Name, refundConfirmed, cancellationToken);
        result.ThrowIfFailed(new Dictionary<string, string> { ["Reason"] = "reason" });
        return ApiResults.Ok(new ApiMessage($"Billing {id} reversed"));
    }
}

/// <summary>PUT /billings/{id}/reverse (documentation only).</summary>
internal sealed record ReverseBody(string Reason, bool? RefundConfirmed);
