using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Billing;

/// <summary>
/// Creating a billing from a client's pending lines (recomputed on the server, as the finalization page), its detail,
/// its reversal and its closing report as PDF. The billing's API id is its number. Admin and Finance.
/// </summary>
internal static class BillingsEndpoints
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

    private static readonly Dictionary<string, ClosingReportLayout> Layouts = new(StringComparer.Ordinal)
    {
        ["synthetic"] = ClosingReportLayout.Synthetic,
        ["detailed"] = ClosingReportLayout.Detailed,
        ["detailed_with_appointment"] = ClosingReportLayout.DetailedWithAppointments,
        ["by_resource_group"] = ClosingReportLayout.ByResourceGroup,
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/billings", CreateAsync).Produces<BillingCreatedView>(201).WithTags("Billing automation")
            .WithSummary("Bill a client's pending lines").Body<CreateBillingBody>();
        api.MapGet("/billings/{id}", GetAsync).Produces<BillingView>().WithTags("Billing automation").WithSummary("A billing with its lines");
        api.MapPut("/billings/{id}/reverse", ReverseAsync).Produces<ApiMessage>().WithTags("Billing automation")
            .WithSummary("Reverse a billing: its lines become pending again").Body<ReverseBody>();
        api.MapGet("/billings/{id}/pdf", PdfAsync).Produces(200, contentType: "application/pdf").WithTags("Billing automation")
            .WithSummary("A billing's closing report as PDF").Query("layout", "string");
    }

    private static async Task<IResult> CreateAsync(
        HttpContext http, IBillingModule billing, IBillingWorkflow workflow, IContractsModule contracts, PublicIds ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = http.Billing();
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
        var nfe = body.String("nfe_number", maxLength: 100);
        var observations = body.String("observations", maxLength: 4000);
        body.ThrowIfErrors();

        var filters = new PendingRequest(dueDateFilter ?? baseDate ?? today, dueDateFilter, [clientId!.Value], scope);
        if (observations is null)
        {
            var lines = (await billing.GetPendingLinesAsync(filters, cancellationToken)).Where(l => l.ClientId == clientId).ToList();
            var chosen = groupKeys?.ToHashSet(StringComparer.Ordinal) ?? [];
            observations = workflow.SuggestObservations([.. lines.Where(l => billAll || chosen.Contains(l.GroupKey))]);
        }

        var created = await workflow.CreateBillingAsync(
            new CreateBillingRequest(clientId.Value, filters, groupKeys ?? [], billAll, billingDate, dueDate!.Value, discount, interest, nfe, observations, [], caller.Name),
            cancellationToken);
        created.ThrowIfFailed(CreateFields);
        var view = await ViewAsync(created.Value.Id, workflow, contracts, ids, cancellationToken);
        return ApiResults.Created(new BillingCreatedView(view.Id, view.RealValue, view));
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, IBillingWorkflow workflow, IContractsModule contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Billing();
        var billingId = await ResolveAsync(id, workflow, ids, cancellationToken);
        return ApiResults.Ok(await ViewAsync(billingId, workflow, contracts, ids, cancellationToken));
    }

    private static async Task<IResult> ReverseAsync(string id, HttpContext http, IBillingWorkflow workflow, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Billing();
        var billingId = await ResolveAsync(id, workflow, ids, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var reason = body.String("reason", required: true, maxLength: 1000);
        var refundConfirmed = body.Bool("refund_confirmed") ?? false;
        body.ThrowIfErrors();
        var result = await workflow.ReverseBillingAsync(billingId, reason!, caller.Name, refundConfirmed, cancellationToken);
        result.ThrowIfFailed(new Dictionary<string, string> { ["Reason"] = "reason" });
        return ApiResults.Ok(new ApiMessage($"Billing {id} reversed"));
    }

    private static async Task<IResult> PdfAsync(string id, HttpContext http, IBillingWorkflow workflow, IReportingModule reporting, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Billing();
        var query = new QueryReader(http.Request.Query);
        var layout = query.Enum("layout", [.. Layouts.Keys], "Layout must be one of " + string.Join(", ", Layouts.Keys));
        query.ThrowIfErrors();
        var billingId = await ResolveAsync(id, workflow, ids, cancellationToken);
        var file = await reporting.RenderBillingPdfAsync(billingId, layout is null ? ClosingReportLayout.Synthetic : Layouts[layout], cancellationToken);
        if (file.IsSuccess)
        {
            return Results.File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
        }

        if (file.Errors.Any(e => e.Code == "not_found"))
        {
            throw ApiPath.NotFound("Billing", id);
        }

        throw new ApiErrorException(ApiError.Custom(503, 50301, "error", file.Errors[0].Message));
    }

    /// <summary>
    /// The billing whose number is <paramref name="id"/>: from the API ids, else from the history (a billing made in the
    /// pages has no API id until an answer mentions it).
    /// </summary>
    private static async Task<Guid> ResolveAsync(string id, IBillingWorkflow workflow, PublicIds ids, CancellationToken cancellationToken)
    {
        var number = ApiPath.Id(id);
        if (await ids.ResolveAsync(PublicIdKind.Billing, number, cancellationToken) is { } known)
        {
            return known;
        }

        var history = await workflow.GetHistoryAsync(new BillingHistoryRequest(null, null, null, null, null, null, null, null, 1, 1) { Number = number }, cancellationToken);
        if (history.IsSuccess && history.Value.Page.Items is [var found])
        {
            await ids.AssignAsync(PublicIdKind.Billing, found.Id, cancellationToken, found.Number);
            return found.Id;
        }

        throw ApiPath.NotFound("Billing", id);
    }

    private static async Task<BillingView> ViewAsync(Guid billingId, IBillingWorkflow workflow, IContractsModule contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        var details = await workflow.GetBillingAsync(billingId, cancellationToken) ?? throw ApiPath.NotFound("Billing", billingId);
        var s = details.Summary;
        var contractMap = await PendingBillingEndpoints.ContractMapAsync(details.Lines.Select(l => l.ContractId), contracts, ids, cancellationToken);
        var map = await ids.AssignAsync(new PublicIdBatch().Add(PublicIdKind.Billing, s.Id, s.Number).Add(PublicIdKind.Client, s.ClientId), cancellationToken);
        return new BillingView(
            map[PublicIdKind.Billing, s.Id],
            new IdName(map[PublicIdKind.Client, s.ClientId], s.ClientName),
            ApiResults.Date(s.BillingDate),
            ApiResults.Date(s.DueDate),
            string.IsNullOrEmpty(s.NfeNumber) ? null : s.NfeNumber,
            s.State switch { BillingState.Reversed => "reversed", BillingState.Paid => "paid", _ => "billed" },
            ApiResults.Money(s.ItemsTotal),
            ApiResults.Money(s.Discount),
            ApiResults.Money(s.Interest),
            ApiResults.Money(s.RealValue),
            details.Observations,
            details.ReversalReason,
            s.CreatedBy,
            ApiResults.DateTime(s.CreatedAt),
            [.. details.Lines.Select(l => new BilledLineView(
                l.Key,
                l.GroupKey,
                PendingBillingEndpoints.KindName(l.Kind),
                PendingBillingEndpoints.ContractRef(l.ContractId, l.ContractName, contractMap),
                l.CycleIndex,
                l.TicketNumber,
                ApiResults.Date(l.PeriodStart),
                ApiResults.Date(l.PeriodEnd),
                l.Description,
                l.Quantity,
                l.Unit,
                ApiResults.Money(l.UnitValue),
                ApiResults.Money(l.Amount),
                PendingBillingEndpoints.Explanation(l.Explanation)))]);
    }
}

/// <summary>A billed line with the explanation it had when billed.</summary>
internal sealed record BilledLineView(
    string Key,
    string GroupKey,
    string Kind,
    IdName? Contract,
    int? CycleIndex,
    int? TicketNumber,
    string? PeriodStart,
    string? PeriodEnd,
    string Description,
    decimal Quantity,
    string Unit,
    string UnitValue,
    string Amount,
    ExplanationView Explanation);

/// <summary>A billing; <c>id</c> is its number; <c>state</c> is billed, reversed or paid.</summary>
internal sealed record BillingView(
    int Id,
    IdName Client,
    string BillingDate,
    string DueDate,
    string? NfeNumber,
    string State,
    string ItemsTotal,
    string Discount,
    string Interest,
    string RealValue,
    string Observations,
    string? ReversalReason,
    string CreatedBy,
    string CreatedAt,
    BilledLineView[] Lines);

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

/// <summary>PUT /billings/{id}/reverse (documentation only).</summary>
internal sealed record ReverseBody(string Reason, bool? RefundConfirmed);
