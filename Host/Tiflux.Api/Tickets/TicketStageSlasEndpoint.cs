using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tickets;

/// <summary>
/// GET /tickets/{n}/stages-slas (service-desk.md §6.1, §9.11): the ticket's passages through stages, newest first;
/// empty for desks without SLA. Same access as <c>/histories</c>.
/// </summary>
internal static class TicketStageSlasEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/tickets/{ticket_number}/stages-slas", ListAsync).Produces<StageSlaItem[]>().WithTags("Tickets")
            .WithSummary("The ticket's stage SLA records, newest first").Paged()
            .Requires(Permissions.TicketsView);

    private static async Task<IResult> ListAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, ITicketSla sla, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var result = await sla.ListStageSlasAsync(ticket.Number, paging.Page, paging.Limit, cancellationToken);
        result.ThrowIfFailed();
        var page = result.Value;
        var batch = new PublicIdBatch();
        foreach (var s in page.Items)
        {
            batch.Add(PublicIdKind.TicketStageSla, s.Id).Add(PublicIdKind.Desk, s.DeskId).Add(PublicIdKind.Stage, s.StageId)
                .Add(PublicIdKind.User, s.EnteredById).Add(PublicIdKind.User, s.AttendedById);
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        return ApiResults.Page(http, page.Items.Select(s => new StageSlaItem(
            map[PublicIdKind.TicketStageSla, s.Id],
            ApiResults.DateTime(s.AttendedAt),
            Person(map, s.AttendedById, s.AttendedByName),
            ApiResults.DateTime(s.EnteredAt),
            Person(map, s.EnteredById, s.EnteredByName),
            new IdName(map[PublicIdKind.Desk, s.DeskId], s.DeskName),
            ApiResults.Duration(s.MinutesInExpedient),
            ApiResults.DateTime(s.Expiration),
            s.SlaAttended,
            new IdName(map[PublicIdKind.Stage, s.StageId], s.StageName))), page.TotalItems);
    }

    private static IdName? Person(PublicIdMap map, Guid? userId, string? name) =>
        userId is { } id ? new IdName(map[PublicIdKind.User, id], name ?? "") : null;
}

/// <summary>A row of GET /tickets/{n}/stages-slas; <c>duration_in_expedient</c> counts business hours only.</summary>
internal sealed record StageSlaItem(
    int Id,
    string? AttendedAt,
    IdName? AttendedBy,
    string CreatedAt,
    IdName? CreatedBy,
    IdName Desk,
    string DurationInExpedient,
    string? Expiration,
    bool SlaAttended,
    IdName Stage);
