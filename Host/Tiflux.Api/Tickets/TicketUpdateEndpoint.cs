using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;
using Tiflux.Tickets.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Tickets;

/// <summary>PUT /tickets/{n} (api-v2.md §3.5): updates an open ticket within its desk. Staff.</summary>
internal static class TicketUpdateEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/tickets/{ticket_number}", UpdateAsync).Produces<TicketDetail>().WithTags("Tickets").WithSummary("Update an open ticket").Body<TicketUpdateBody>()
            .Requires(Permissions.TicketsView);

    private static async Task<IResult> UpdateAsync(
        string ticket_number, HttpContext http, ITicketQueries tickets, ITicketLifecycle lifecycle, PublicIds ids, IUserDirectory users, TicketDetailShape shape, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await shape.FindAsync(ticket_number, caller, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var title = body.String("title", required: body.Has("title"), maxLength: TicketLimits.Title);
        var description = body.String("description", maxLength: TicketLimits.Description);
        var stage = await OptionAsync(body, "stage_id", PublicIdKind.Stage, ticket.Desk.Stages, ids, cancellationToken);
        var status = await OptionAsync(body, "status_id", PublicIdKind.Status, ticket.Desk.Statuses.Select(s => new DeskOptionDto(s.Id, s.Name, s.Position)), ids, cancellationToken);
        var priority = await OptionAsync(body, "priority_id", PublicIdKind.Priority, ticket.Desk.Priorities, ids, cancellationToken);
        var responsibleNumber = body.Int("responsible_id");
        var responsible = responsibleNumber is { } r ? await TicketWriteSupport.ResponsibleAsync(r, ids, users, body, cancellationToken) : null;
        if (body.Int("desk_id") is { } deskNumber && await ids.ResolveAsync(PublicIdKind.Desk, deskNumber, cancellationToken) != ticket.Desk.Id)
        {
            body.Fail("desk_id", "Transferring a ticket to another desk is not supported");
        }

        body.ThrowIfErrors();
        if (ticket.State != TicketState.Open)
        {
            throw new ApiErrorException(ApiError.Body("ticket", "Only tickets that are not closed can be updated"));
        }

        var unassign = body.Has("responsible_id") && body.IsNull("responsible_id");
        var request = new UpdateTicketRequest(
            ticket.Number,
            title ?? ticket.Title,
            description ?? ticket.Description,
            stage ?? ticket.StageId,
            status ?? ticket.StatusId,
            priority ?? ticket.PriorityId,
            unassign ? null : responsible?.Id ?? ticket.ResponsibleUserId,
            unassign ? null : responsible?.Name ?? ticket.ResponsibleName,
            ticket.RequesterName,
            ticket.RequesterEmail,
            ticket.ResourceId);
        (await lifecycle.UpdateTicketAsync(request, new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney), cancellationToken)).ThrowIfFailed(TicketWriteSupport.TicketFields);
        var updated = await tickets.GetTicketAsync(ticket.Number, cancellationToken) ?? ticket;
        return ApiResults.Ok(await shape.BuildAsync(updated, cancellationToken));
    }

    private static async Task<Guid?> OptionAsync(
        BodyReader body, string field, PublicIdKind kind, IEnumerable<DeskOptionDto> options, PublicIds ids, CancellationToken cancellationToken)
    {
        if (body.Int(field) is not { } number)
        {
            return null;
        }

        var id = await ids.ResolveAsync(kind, number, cancellationToken);
        if (id is null || options.All(o => o.Id != id))
        {
            body.Fail(field, "not found or does not belong to the ticket's desk");
            return null;
        }

        return id;
    }
}

/// <summary>PUT /tickets/{n} fields we use (others are accepted and ignored).</summary>
internal sealed record TicketUpdateBody(string? Title, string? Description, int? StageId, int? StatusId, int? PriorityId, int? ResponsibleId);
