using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.ServicesCatalogs;
using Tiflux.Api.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Tickets;

/// <summary>GET /tickets (api-v2.md §3.5): a page of tickets, or counts by period or desk with <c>group_by</c>. Portal users see their client's tickets only.</summary>
internal static class TicketListEndpoint
{
    private static readonly string[] FilterBy = ["open", "closed", "canceled", "all"];
    private static readonly string[] GroupBy = ["day", "week", "month", "desk"];
    private static readonly string[] DateTypes = ["created_at", "solved_in_time"];

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/tickets", ListAsync).Produces<TicketListItem[]>().Produces<TicketBuckets>().WithTags("Tickets").WithSummary("List tickets")
            .Query("filter_by", "string").Query("is_closed", "boolean").Query("desk_ids", "string").Query("client_ids", "string")
            .Query("responsible_ids", "string").Query("priority_ids", "string").Query("stage_ids", "string").Query("status_id", "integer")
            .Query("requestor_email", "string").Query("requestor_ids", "string").Query("search", "string").Query("date_type", "string").Query("start_datetime", "string")
            .Query("end_datetime", "string").Query("group_by", "string").Query("sla_expiring_before", "string").Paged()
            .RequiresOrPortal(Permissions.TicketsView);

    private static async Task<IResult> ListAsync(HttpContext http, ITicketQueries tickets, PublicIds ids, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var filterBy = query.Enum("filter_by", FilterBy, "Filter by must be 'open', 'closed', 'canceled' or 'all'");
        var isClosed = query.Bool("is_closed");
        var desks = query.IntList("desk_ids");
        var clients = query.IntList("client_ids");
        var responsibles = query.IntList("responsible_ids");
        var priorities = query.IntList("priority_ids");
        var stages = query.IntList("stage_ids");
        var requestors = query.IntList("requestor_ids");
        if (requestors is { Count: > 1 })
        {
            query.Fail("requestor_ids", "only one requestor id is supported here");
        }

        var catalogItems = query.IntList("services_catalogs_item_ids");
        var statusId = query.Int("status_id", min: 1);
        var requestorEmail = query.String("requestor_email");
        var search = query.String("search");
        var dateType = query.Enum("date_type", DateTypes, "Date type must be 'created_at' or 'solved_in_time'") ?? "created_at";
        var start = query.DateTime("start_datetime");
        var end = query.DateTime("end_datetime");
        query.DateTime("update_start_datetime");
        query.DateTime("update_end_datetime");
        query.Int("created_by_way_of", min: 0, max: 12);
        query.Bool("has_jira_issue");
        query.Bool("include_filled_entity");
        var slaBefore = query.DateTime("sla_expiring_before");
        var groupBy = query.Enum("group_by", GroupBy, "Group by must be 'day', 'week', 'month' or 'desk'");
        if (start is { } s && end is { } e && e <= s)
        {
            query.Fail("end_datetime", $"must be greater than :start_datetime ({s:yyyy-MM-dd})");
        }

        query.ThrowIfErrors();

        var request = new TicketListRequest(Page: paging.Page, PageSize: paging.Limit, Text: search)
        {
            States = StatesFor(filterBy ?? (isClosed == true ? "closed" : "open")),
            DeskIds = await TicketsEndpoints.ResolveAsync(ids, PublicIdKind.Desk, desks, cancellationToken),
            ClientIds = await ClientsVisibleAsync(caller, clients, ids, cancellationToken),
            ResponsibleIds = await TicketsEndpoints.ResolveAsync(ids, PublicIdKind.User, responsibles, cancellationToken),
            PriorityIds = await TicketsEndpoints.ResolveAsync(ids, PublicIdKind.Priority, priorities, cancellationToken),
            StageIds = await TicketsEndpoints.ResolveAsync(ids, PublicIdKind.Stage, stages, cancellationToken),
            RequesterEmail = requestorEmail,
            RequestorId = requestors is [var requestor] ? await ids.ResolveAsync(PublicIdKind.Requestor, requestor, cancellationToken) ?? Guid.Empty : null,
            Since = start,
            Until = end,
            ByClosingTime = dateType == "solved_in_time",
            SlaExpiringBefore = slaBefore,
            ServicesCatalogItemIds = await TicketsEndpoints.ResolveAsync(ids, PublicIdKind.ServicesCatalogItem, catalogItems, cancellationToken),
        };
        if (statusId is { } status)
        {
            request = request with { StatusId = await ids.ResolveAsync(PublicIdKind.Status, status, cancellationToken) ?? Guid.Empty };
        }

        if (groupBy is not null)
        {
            return ApiResults.Ok(await TicketBucketsQuery.BucketsAsync(tickets, request, groupBy, dateType, cancellationToken));
        }

        var page = await tickets.ListTicketsAsync(request, cancellationToken);
        return ApiResults.Page(http, await ToItemsAsync(page.Items, ids, time.GetUtcNow(), cancellationToken), page.TotalItems);
    }

    private static IReadOnlyCollection<TicketState>? StatesFor(string filter) => filter switch
    {
        "open" => [TicketState.Open],
        "closed" => [TicketState.AwaitingReview, TicketState.Reviewed],
        "canceled" => [TicketState.Cancelled],
        _ => null,
    };

    /// <summary>The clients asked for; a portal user only ever gets their own client.</summary>
    private static async Task<IReadOnlyCollection<Guid>?> ClientsVisibleAsync(
        ApiCaller caller, IReadOnlyList<int>? clients, PublicIds ids, CancellationToken cancellationToken)
    {
        var asked = await TicketsEndpoints.ResolveAsync(ids, PublicIdKind.Client, clients, cancellationToken);
        return caller.IsStaff ? asked : [.. (asked ?? [caller.ClientId ?? Guid.Empty]).Where(c => c == caller.ClientId)];
    }

    private static async Task<IReadOnlyList<TicketListItem>> ToItemsAsync(
        IReadOnlyList<TicketSummary> rows, PublicIds ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var batch = new PublicIdBatch();
        foreach (var t in rows)
        {
            batch.Add(PublicIdKind.Client, t.ClientId).Add(PublicIdKind.Desk, t.DeskId).Add(PublicIdKind.Stage, t.StageId)
                .Add(PublicIdKind.Status, t.StatusId).Add(PublicIdKind.Priority, t.PriorityId).Add(PublicIdKind.User, t.ResponsibleUserId)
                .Add(PublicIdKind.Requestor, t.RequestorId).AddItemRef(t.ServicesCatalogItem);
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        return [.. rows.Select(t => new TicketListItem(
            t.Number,
            new IdName(map[PublicIdKind.Client, t.ClientId], t.ClientName),
            ApiResults.DateTime(t.CreatedAt),
            null,
            TicketDetailShape.OriginLabel(t.Origin),
            new IdName(map[PublicIdKind.Desk, t.DeskId], t.DeskName),
            t.Followers.Count == 0 ? null : string.Join(",", t.Followers),
            t.State != TicketState.Open,
            t.State == TicketState.Reviewed,
            TicketDetailShape.LastAnswerType(t.LastAnswerByClient),
            t.PriorityId == Guid.Empty ? null : new IdName(map[PublicIdKind.Priority, t.PriorityId], t.PriorityName),
            t.ReopenCount,
            new TicketRequestor(map.Find(PublicIdKind.Requestor, t.RequestorId), t.RequesterEmail, t.RequesterName, null, null),
            t.ResponsibleUserId is { } r ? new IdName(map[PublicIdKind.User, r], t.ResponsibleName ?? "") : null,
            ServicesCatalogShapes.TicketView(t.ServicesCatalogItem, map),
            TicketSlaShape.Info(t.Sla, t.ClosedAt, now),
            new IdName(map[PublicIdKind.Stage, t.StageId], t.StageName),
            new IdName(map[PublicIdKind.Status, t.StatusId], t.StatusName),
            t.Title,
            ApiResults.DateTime(t.UpdatedAt),
            null))];
    }
}
