using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Billing;

/// <summary>
/// Pending billing with the page's filters: <c>due_date</c> (cycles due exactly that day) or <c>base_date</c> (everything
/// pending on or before it, default today), and <c>scope</c>. Admin and Finance.
/// </summary>
internal static class PendingBillingEndpoints
{
    public static readonly IReadOnlyDictionary<string, PendingScope> Scopes = new Dictionary<string, PendingScope>(StringComparer.Ordinal)
    {
        ["both"] = PendingScope.Both,
        ["contracts"] = PendingScope.Contracts,
        ["standalone"] = PendingScope.Standalone,
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/billing/pending", ListAsync).Produces<PendingClientView[]>().WithTags("Billing automation")
            .WithSummary("Pending billing per client")
            .WithDescription("One row per client with pending lines or work awaiting review. Standalone items enter pending billing when "
                + "their ticket is reviewed (reference date: the review date); contract consumption counts by entry date. "
                + "awaiting_review.value is what the standalone items will be billed for once reviewed.")
            .Query("base_date", "string").Query("due_date", "string").Query("client_ids", "string")
            .Query("scope", "string").Paged()
            .Requires(Permissions.Billing);
        api.MapGet("/billing/pending/{client_id}", LinesAsync).Produces<PendingLineView[]>().WithTags("Billing automation")
            .WithSummary("A client's pending lines with explanations").Query("base_date", "string").Query("due_date", "string").Query("scope", "string")
            .Requires(Permissions.Billing);
    }

    private static async Task<IResult> ListAsync(HttpContext http, IBillingModule billing, PublicIds ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        http.Caller();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var clientNumbers = query.IntList("client_ids");
        var filters = ReadFilters(query, clock);
        query.ThrowIfErrors();
        IReadOnlyCollection<Guid>? clientIds = null;
        if (clientNumbers is not null)
        {
            clientIds = [.. (await ids.ResolveManyAsync(PublicIdKind.Client, clientNumbers, cancellationToken)).Values];
            if (clientIds.Count == 0)
            {
                return ApiResults.Page(http, Array.Empty<PendingClientView>(), 0);
            }
        }

        var request = filters(clientIds);
        var totals = await billing.GetPendingTotalsAsync(request, cancellationToken);
        var awaiting = (await billing.GetAwaitingReviewAsync(new AwaitingReviewRequest(request.ClientIds, request.Scope), cancellationToken))
            .ToDictionary(a => a.ClientId);

        // A client whose only work awaits review is listed too (totals zero), so "why is it not here?" has an answer.
        var pendingClients = totals.Select(t => t.ClientId).ToHashSet();
        var rows = totals.Select(t => (t.ClientId, t.ClientName, Totals: (PendingClientSummary?)t))
            .Concat(awaiting.Values.Where(a => !pendingClients.Contains(a.ClientId)).Select(a => (a.ClientId, a.ClientName, Totals: (PendingClientSummary?)null)))
            .OrderBy(r => r.ClientName, StringComparer.Ordinal)
            .ThenBy(r => r.ClientId)
            .ToList();
        var page = paging.Apply(rows).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.Client, page.Select(r => r.ClientId)), cancellationToken);
        return ApiResults.Page(
            http,
            page.Select(r => new PendingClientView(
                new IdName(map[PublicIdKind.Client, r.ClientId], r.ClientName),
                ApiResults.Money(r.Totals?.ContractTotal ?? 0m),
                ApiResults.Money(r.Totals?.StandaloneTotal ?? 0m),
                ApiResults.Money(r.Totals?.Total ?? 0m),
                ApiResults.Date(r.Totals?.EarliestDueDate),
                r.Totals?.LineCount ?? 0,
                r.Totals?.Problems ?? [],
                AwaitingReviewView.From(awaiting.GetValueOrDefault(r.ClientId)))),
            rows.Count);
    }

    private static async Task<IResult> LinesAsync(
        [Microsoft.AspNetCore.Mvc.FromRoute(Name = "client_id")] string clientId, HttpContext http, IBillingModule billing, IContractsModule contracts,
        PublicIds ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        http.Caller();
        var client = await AutomationSupport.ResolveAsync(ids, PublicIdKind.Client, clientId, "Client", cancellationToken);
        var query = new QueryReader(http.Request.Query);
        var filters = ReadFilters(query, clock);
        query.ThrowIfErrors();
        var lines = (await billing.GetPendingLinesAsync(filters([client]), cancellationToken)).Where(l => l.ClientId == client).ToList();
        var views = await PendingLineShape.LineViewsAsync(lines, contracts, ids, cancellationToken);
        return ApiResults.Page(http, views, views.Count);
    }

    /// <summary>Reads base_date / due_date / scope; the result builds the request for some clients (null = every client).</summary>
    public static Func<IReadOnlyCollection<Guid>?, PendingRequest> ReadFilters(QueryReader query, TimeProvider clock)
    {
        var baseDate = query.Date("base_date");
        var dueDate = query.Date("due_date");
        var scope = query.Enum("scope", [.. Scopes.Keys], "Scope must be one of both, contracts, standalone");
        if (baseDate is not null && dueDate is not null)
        {
            query.Fail("due_date", "cannot be combined with base_date");
        }

        var today = BrazilTime.Today(clock);
        if ((dueDate ?? baseDate) > BillingLimits.LatestPendingDate(today))
        {
            query.Fail(dueDate is null ? "base_date" : "due_date", $"must be at most {BillingLimits.PendingMonthsAhead} months after today");
        }

        var date = dueDate ?? baseDate ?? today;
        var chosen = scope is null ? PendingScope.Both : Scopes[scope];
        return clientIds => new PendingRequest(date, dueDate, clientIds is { Count: > 0 } ? clientIds : null, chosen);
    }
}
