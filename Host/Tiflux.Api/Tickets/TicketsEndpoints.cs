using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Tickets;

/// <summary>The ticket routes (api-v2.md §3.5) and GET /tickets/{ticket_number}. Portal users see their client's tickets only.</summary>
internal static class TicketsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        TicketListEndpoint.Map(api);
        api.MapGet("/tickets/{ticket_number}", GetAsync).Produces<TicketDetail>().WithTags("Tickets").WithSummary("A ticket")
            .RequiresOrPortal(Permissions.TicketsView);
        TicketCreateEndpoint.Map(api);
        TicketUpdateEndpoint.Map(api);
        TicketActionsEndpoints.Map(api);
        TicketStageSlasEndpoint.Map(api);
    }

    private static async Task<IResult> GetAsync(string ticket_number, HttpContext http, TicketDetailShape shape, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        query.Bool("show_entities");
        query.Bool("include_filled_entity");
        query.ThrowIfErrors();
        var ticket = await shape.FindAsync(ticket_number, http.Caller(), cancellationToken);
        return ApiResults.Ok(await shape.BuildAsync(ticket, cancellationToken));
    }

    /// <summary>API ids → records; null when the filter is absent, an empty list when none is known (matches nothing).</summary>
    public static async Task<IReadOnlyCollection<Guid>?> ResolveAsync(PublicIds ids, PublicIdKind kind, IReadOnlyList<int>? numbers, CancellationToken cancellationToken) =>
        numbers is null ? null : [.. (await ids.ResolveManyAsync(kind, numbers, cancellationToken)).Values];
}
