using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Billing;

/// <summary>
/// GET /reports/billings/history (api-v2.md §3.9): billings newest first; <c>billing_id</c> is the billing number, a
/// reversal stays a flag on the same row, <c>paid</c> comes only from a payment integration, <c>_type=billed</c> is every
/// billing not reversed (paid ones included). <c>nfe_number</c> and <c>observations</c> match contained text, ignoring
/// case, as on the history page (the module's rule).
/// </summary>
internal static class BillingHistoryEndpoint
{
    private static readonly string[] Types = ["billed", "reversed", "paid"];

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/reports/billings/history", ListAsync).Produces<BillingHistoryItem[]>().WithTags("Billing").WithSummary("Billing history")
            .Query("billing_start_date", "string").Query("billing_end_date", "string").Query("due_start_date", "string").Query("due_end_date", "string")
            .Query("client_id", "integer").Query("nfe_number", "integer").Query("observations", "string").Query("ticket_number", "integer").Query("_type", "string").Paged()
            .Requires(Permissions.Billing);

    private static async Task<IResult> ListAsync(HttpContext http, IBillingWorkflow billing, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging(defaultLimit: 15);
        var (billingFrom, billingTo) = Range(query, "billing_start_date", "billing_end_date");
        var (dueFrom, dueTo) = Range(query, "due_start_date", "due_end_date");
        var clientNumber = query.Int("client_id", min: 1);
        var nfe = query.Int("nfe_number", min: 1);
        var observations = query.String("observations", maxLength: BillingLimits.Observations);
        var ticket = query.Int("ticket_number", min: 1);
        var type = query.Enum("_type", Types, "Type must be 'billed', 'reversed' or 'paid'");
        query.ThrowIfErrors();

        Guid? clientId = null;
        if (clientNumber is { } c)
        {
            clientId = await ids.ResolveAsync(PublicIdKind.Client, c, cancellationToken) ?? Guid.Empty;
        }

        var request = new BillingHistoryRequest(
            billingFrom, billingTo, dueFrom, dueTo, clientId, nfe?.ToString(System.Globalization.CultureInfo.InvariantCulture), ticket,
            type switch { "reversed" => BillingState.Reversed, "paid" => BillingState.Paid, _ => null },
            paging.Page,
            paging.Limit)
        {
            NotReversed = type == "billed",
            Observations = observations,
        };
        var history = await billing.GetHistoryAsync(request, cancellationToken);
        history.ThrowIfFailed(code: 42201);
        var rows = history.Value.Page.Items;
        var batch = new PublicIdBatch();
        foreach (var b in rows)
        {
            batch.Add(PublicIdKind.Billing, b.Id, b.Number).Add(PublicIdKind.Client, b.ClientId);
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        return ApiResults.Page(http, rows.Select(b => new BillingHistoryItem(
            b.Number, ApiResults.Date(b.BillingDate), map[PublicIdKind.Client, b.ClientId], b.ClientName, ApiResults.Date(b.DueDate),
            string.IsNullOrWhiteSpace(b.NfeNumber) ? null : b.NfeNumber, b.State == BillingState.Paid, ApiResults.Money(b.RealValue),
            b.State == BillingState.Reversed)), history.Value.Page.TotalItems);
    }

    /// <summary>Both ends of a date range, or neither.</summary>
    private static (DateOnly? From, DateOnly? To) Range(QueryReader query, string startName, string endName)
    {
        var from = query.Date(startName);
        var to = query.Date(endName);
        var hasStart = !string.IsNullOrEmpty(query.String(startName));
        var hasEnd = !string.IsNullOrEmpty(query.String(endName));
        if (hasStart && !hasEnd)
        {
            query.Fail(endName, $"can't be blank if :{startName} is provided");
        }
        else if (hasEnd && !hasStart)
        {
            query.Fail(startName, $"can't be blank if :{endName} is provided");
        }

        return (from, to);
    }
}

/// <summary>A row of the billing history.</summary>
internal sealed record BillingHistoryItem(
    int BillingId,
    string BillingDate,
    int ClientId,
    string ClientName,
    string DueDate,
    string? NfeNumber,
    bool Paid,
    string RealValue,
    bool Reversal);
