using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.Tickets.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Desks;

/// <summary>Desks (mesas), their stages and priorities (api-v2.md §3.4).</summary>
internal static class DesksEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/desks", ListAsync).Produces<DeskListItem[]>().WithTags("Desks").WithSummary("List desks")
            .Query("active", "boolean").Query("name", "string").Paged()
            .RequiresOrPortal(Permissions.TicketsView);
        api.MapGet("/desks/{id}", GetAsync).Produces<DeskDetail>().WithTags("Desks").WithSummary("A desk")
            .Requires(Permissions.TicketsView);
        api.MapGet("/desks/{id}/stages", StagesAsync).Produces<StageItem[]>().WithTags("Desks").WithSummary("A desk's stages").Paged()
            .RequiresOrPortal(Permissions.TicketsView);
        api.MapGet("/desks/{id}/priorities", PrioritiesAsync).Produces<PriorityItem[]>().WithTags("Desks").WithSummary("A desk's priorities").Paged()
            .RequiresOrPortal(Permissions.TicketsView);
    }

    private static async Task<IResult> ListAsync(HttpContext http, ITicketSetup tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var active = query.Bool("active");
        var name = query.String("name");
        query.ThrowIfErrors();
        var desks = (await VisibleAsync(caller, tickets, cancellationToken))
            .Where(d => active is null or true)
            .Where(d => name is null || d.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var page = paging.Apply(desks).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.Desk, page.Select(d => d.Id)), cancellationToken);
        return ApiResults.Page(http, page.Select(d => new DeskListItem(map[PublicIdKind.Desk, d.Id], true, AppointmentType(d.ValuationMode), d.Name, d.Name)), desks.Count);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, ITicketSetup tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        var (desk, publicId) = await FindAsync(id, http.Staff(), tickets, ids, cancellationToken);
        var reviewDays = Math.Max(1, (int)Math.Ceiling(desk.ReviewDeadlineHours / 24m));
        return ApiResults.Ok(new DeskDetail(
            publicId, true, false, AppointmentType(desk.ValuationMode),
            desk.AttendantGroupIds.Count == 0 ? "All technical groups" : "Only selected technical groups", "answer_to_client_with_default_message",
            "reopen_ticket_closed", desk.MayReopenReviewed, desk.Sla.Enabled && desk.Sla.CanPause, true, $"{reviewDays} day(s)", desk.Name, false, desk.Sla.Enabled, desk.Name, false,
            desk.Name, false, true, false, desk.RequireCatalogItemToOpen,
            new RequiredFields(false, true, false, false, false, false),
            desk.ReviewerKind switch
            {
                ReviewerKind.RequesterOnly => "review_submitter",
                ReviewerKind.PermissionedUsers => "review_manager",
                _ => "review_submitter_manager",
            },
            desk.RequireCatalogItemToClose, desk.Sla.GoalPercent ?? 0, false, desk.ReviewEnabled, false, "7 day(s)", false));
    }

    private static async Task<IResult> StagesAsync(string id, HttpContext http, ITicketSetup tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        var paging = Paging(http);
        var (desk, _) = await FindAsync(id, http.Caller(), tickets, ids, cancellationToken);
        var stages = desk.Stages.OrderBy(s => s.Position).ToList();
        var page = paging.Apply(stages).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.Stage, page.Select(s => s.Id)), cancellationToken);
        return ApiResults.Page(http, page.Select(s => new StageItem(
            map[PublicIdKind.Stage, s.Id], s.Id == stages[0].Id, stages.IndexOf(s) + 1, s.Id == stages[^1].Id, TicketSlaShape.StageMaxTime(desk, s.Id), s.Name)), stages.Count);
    }

    private static async Task<IResult> PrioritiesAsync(string id, HttpContext http, ITicketSetup tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        var paging = Paging(http);
        var (desk, _) = await FindAsync(id, http.Caller(), tickets, ids, cancellationToken);
        var priorities = desk.Priorities.OrderBy(p => p.Position).ToList();
        var page = paging.Apply(priorities).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.Priority, page.Select(p => p.Id)), cancellationToken);
        return ApiResults.Page(http, page.Select(p =>
        {
            var (start, end) = TicketSlaShape.PriorityTimes(desk, p.Id);
            return new PriorityItem(map[PublicIdKind.Priority, p.Id], end, p.Name, priorities.IndexOf(p) + 1, start);
        }), priorities.Count);
    }

    /// <summary>Staff see every desk; a portal user the desks that serve their client.</summary>
    public static async Task<IReadOnlyList<DeskDto>> VisibleAsync(ApiCaller caller, ITicketSetup tickets, CancellationToken cancellationToken) =>
        [.. (await tickets.GetDesksAsync(cancellationToken)).Where(d => caller.IsStaff || (caller.ClientId is { } c && d.ClientIds.Contains(c)))];

    public static async Task<(DeskDto Desk, int PublicId)> FindAsync(string id, ApiCaller caller, ITicketSetup tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        var number = ApiPath.Id(id);
        var deskId = await ids.ResolveAsync(PublicIdKind.Desk, number, cancellationToken);
        var desk = deskId is null ? null : (await VisibleAsync(caller, tickets, cancellationToken)).FirstOrDefault(d => d.Id == deskId);
        return desk is null
            ? throw ApiPath.NotFound("ServiceDesk::Desk", id)
            : (desk, number);
    }

    /// <summary>The desk's valuation mode in Tiflux's words; it decides which appointment fields are allowed.</summary>
    public static string AppointmentType(DeskValuationMode mode) => mode switch
    {
        DeskValuationMode.WithValuation => "Appointments with Valorization",
        DeskValuationMode.WithoutValuation => "Appointments with no Valorization",
        _ => "Without Appointments",
    };

    private static Paging Paging(HttpContext http)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        return paging;
    }
}
