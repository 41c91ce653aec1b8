using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Billing;

/// <summary>
/// POST /billings: bills a client's pending lines (recomputed on the server, as the finalization page). The billing's
/// API id is its number. Admin and Finance.
/// </summary>
internal static class BillingCreateEndpoint
{
    private static readonly Dictionary<string, string> CreateFields = new(StringComparer.Ordinal)
    {
        ["ClientId"] = "client_id",
        ["SelectedGroupKeys"] = "group_keys",
        ["BillAll"] = "bill_all",
        ["BillingDate"] = "billing_date",
        ["DueDate"] = "due_date",
        ["Discount"] = "discount",
        ["Interest"] = "interest",
        ["NfeNumber"] = "nfe_number",
        ["Observations"] = "observations",
    };

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/billings", CreateAsync).Produces<BillingCreatedView>(201).WithTags("Billing automation")
            .WithSummary("Bill a client's pending lines").Body<CreateBillingBody>()
            .Requires(Permissions.Billing);

    private static async Task<IResult> CreateAsync(
        HttpContext http, IBillingWorkflow workflow, IContractsModule contracts, PublicIds ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var clientId = await AutomationSupport.ClientAsync(body, "client_id", ids, required: true, cancellationToken);
        var baseDate = body.Date("base_date");
        var dueDateFilter = body.Date("due_date_filter");
        var scope = AutomationSupport.Enum(body, "scope", PendingBillingEndpoints.Scopes) ?? PendingScope.Both;
        var billAll = body.Bool("bill_all") ?? false;
        var groupKeys = body.StringArray("group_keys");
        if (!billAll && groupKeys is not { Count: > 0 })
        {
            body.Fail("group_keys", "can't be blank unless bill_all is true");
        }

        var today = BrazilTime.Today(clock);
        var billingDate = body.Date("billing_date") ?? today;
        var dueDate = body.Date("due_date", required: true);
        var discount = body.Decimal("discount") ?? 0m;
        var interest = body.Decimal("interest") ?? 0m;
        var nfe = body.String("nfe_number", maxLength: BillingLimits.NfeNumber);
        var observations = body.String("observations", maxLength: BillingLimits.Observations);
        body.ThrowIfErrors();

        var filters = new PendingRequest(dueDateFilter ?? baseDate ?? today, dueDateFilter, [clientId!.Value], scope);
        // No draft here: no version bills what is pending now; no observations means the module's suggested ones.
        var created = await workflow.CommitBillingAsync(
            new CommitBillingRequest(
                new BillingDraftRequest(clientId.Value, filters, groupKeys ?? [], billAll), null, billingDate, dueDate!.Value, discount, interest, nfe, observations, [], caller.Name),
            cancellationToken);
        created.ThrowIfFailed(CreateFields);
        var view = await BillingViewShape.ViewAsync(created.Value.Id, workflow, contracts, ids, cancellationToken);
        return ApiResults.Created(new BillingCreatedView(view.Id, view.RealValue, view));
    }
}

/// <summary>The answer of POST /billings.</summary>
internal sealed record BillingCreatedView(int BillingId, string RealValue, BillingView Billing);

/// <summary>
/// POST /billings (documentation only): the client's pending lines by <c>base_date</c> (default today) or
/// <c>due_date_filter</c> and <c>scope</c>, restricted to <c>group_keys</c> unless <c>bill_all</c>.
/// </summary>
internal sealed record CreateBillingBody(
    int ClientId,
    string? BaseDate,
    string? DueDateFilter,
    string? Scope,
    string[]? GroupKeys,
    bool? BillAll,
    string? BillingDate,
    string DueDate,
    decimal? Discount,
    decimal? Interest,
    string? NfeNumber,
    string? Observations);
