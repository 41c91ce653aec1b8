using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;
using Tiflux.Tickets.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Tickets;

/// <summary>
/// PUT /tickets/{n} (api-v2.md §3.5): updates an open ticket. <c>desk_id</c> of another desk transfers it; the stage,
/// status and priority are then the new desk's (the first of each when not sent, as Tiflux). <c>stopped</c> pauses or
/// resumes the SLA after the update (<see cref="TicketSlaPauseChange"/>). Staff.
/// </summary>
internal static class TicketUpdateEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/tickets/{ticket_number}", UpdateAsync).Produces<TicketDetail>().WithTags("Tickets").WithSummary("Update an open ticket (desk_id: transfer)").Body<TicketUpdateBody>()
            .Requires(Permissions.TicketsView);

    private static async Task<IResult> UpdateAsync(
        string ticket_number, HttpContext http, ITicketQueries tickets, ITicketLifecycle lifecycle, ITicketSetup setup, PublicIds ids, IUserDirectory users,
        TicketDetailShape shape, ITicketSla sla, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await shape.FindAsync(ticket_number, caller, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var title = body.String("title", required: body.Has("title"), maxLength: TicketLimits.Title);
        var description = body.String("description", maxLength: TicketLimits.Description);
        var desk = await TargetDeskAsync(body, ticket, setup, ids, cancellationToken);
        var transfer = desk.Id != ticket.Desk.Id;
        var stage = await TicketDeskChoice.OptionAsync(body, "stage_id", body.Int("stage_id"), PublicIdKind.Stage, desk.Stages, ids, cancellationToken);
        var status = await TicketDeskChoice.OptionAsync(
            body, "status_id", body.Int("status_id"), PublicIdKind.Status, desk.Statuses.Select(s => new DeskOptionDto(s.Id, s.Name, s.Position)), ids, cancellationToken);
        var priority = await TicketDeskChoice.OptionAsync(body, "priority_id", body.Int("priority_id"), PublicIdKind.Priority, desk.Priorities, ids, cancellationToken);
        var responsibleNumber = body.Int("responsible_id");
        var responsible = responsibleNumber is { } r ? await TicketWriteSupport.ResponsibleAsync(r, ids, users, body, cancellationToken) : null;
        var reason = body.String("priority_change_reason", maxLength: TicketLimits.PriorityChangeReason);
        var followers = TicketRelationsReader.Followers(body);
        var parentNumber = body.Int("ticket_reference_number");
        var requester = await RequesterAsync(body, ticket, ids, cancellationToken);
        var catalogItem = await TicketRelationsReader.CatalogItemAsync(body, ids, cancellationToken);
        if (body.Int("client_id") is { } clientNumber && await ids.ResolveAsync(PublicIdKind.Client, clientNumber, cancellationToken) != ticket.ClientId)
        {
            body.Fail("client_id", "the client of a ticket cannot be changed");
        }

        var pause = TicketSlaPauseChange.Read(body, ticket, desk);
        TicketRelationsReader.RefuseUnsupported(body, readsSlaPause: true);
        body.ThrowIfErrors();
        if (ticket.State != TicketState.Open)
        {
            throw new ApiErrorException(ApiError.Body("ticket", "Only tickets that are not closed can be updated"));
        }

        var defaults = transfer ? TicketDeskChoice.TransferDefaults(desk) : (Stage: ticket.StageId, Status: ticket.StatusId, Priority: ticket.PriorityId);
        var unassign = body.Has("responsible_id") && body.IsNull("responsible_id");
        var request = new UpdateTicketRequest(
            ticket.Number,
            title ?? ticket.Title,
            description ?? ticket.Description,
            stage ?? defaults.Stage,
            status ?? defaults.Status,
            priority ?? defaults.Priority,
            unassign ? null : responsible?.Id ?? ticket.ResponsibleUserId,
            unassign ? null : responsible?.Name ?? ticket.ResponsibleName,
            requester.Name,
            requester.Email,
            ticket.ResourceId)
        {
            DeskId = desk.Id,
            RequestorId = requester.RequestorId,
            RequesterTelephone = requester.Telephone,
            RequesterExtension = requester.Extension,
            Followers = followers,
            ChangeParent = body.Has("ticket_reference_number"),
            ParentNumber = parentNumber,
            PriorityChangeReason = reason,
            ChangeServicesCatalogItem = catalogItem.Sent,
            ServicesCatalogItemId = catalogItem.Id,
        };
        var actor = new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney);
        (await lifecycle.UpdateTicketAsync(request, actor, cancellationToken)).ThrowIfFailed(TicketWriteSupport.TicketFields);
        var updated = await tickets.GetTicketAsync(ticket.Number, cancellationToken) ?? ticket;
        if (pause is not null)
        {
            await pause.ApplyAsync(updated, sla, actor, cancellationToken);
            updated = await tickets.GetTicketAsync(ticket.Number, cancellationToken) ?? updated;
        }

        return ApiResults.Ok(await shape.BuildAsync(updated, cancellationToken));
    }

    /// <summary>The ticket's desk, or the desk <c>desk_id</c> names (a transfer); an unknown desk is a 422.</summary>
    private static async Task<DeskDto> TargetDeskAsync(BodyReader body, TicketDto ticket, ITicketSetup setup, PublicIds ids, CancellationToken cancellationToken)
    {
        if (body.Int("desk_id") is not { } number)
        {
            return ticket.Desk;
        }

        var deskId = await ids.ResolveAsync(PublicIdKind.Desk, number, cancellationToken);
        if (deskId == ticket.Desk.Id)
        {
            return ticket.Desk;
        }

        var desk = deskId is null ? null : (await setup.GetDesksAsync(cancellationToken)).FirstOrDefault(d => d.Id == deskId);
        if (desk is null)
        {
            body.Fail("desk_id", "desk not found");
            return ticket.Desk;
        }

        return desk;
    }

    /// <summary>
    /// The requester after the update: <c>requestor_id</c> (a registered one; null unlinks it), or the <c>requestor_*</c>
    /// fields sent (ad hoc), or what the ticket has.
    /// </summary>
    private static async Task<RequesterChange> RequesterAsync(BodyReader body, TicketDto ticket, PublicIds ids, CancellationToken cancellationToken)
    {
        var requestorId = await TicketRelationsReader.RequestorAsync(body, ids, cancellationToken);
        var name = body.String("requestor_name", maxLength: TicketLimits.PersonName);
        var email = body.String("requestor_email", maxLength: 200);
        var telephone = TicketRelationsReader.Telephone(body);
        var extension = body.String("requestor_ramal", maxLength: TicketLimits.Extension);
        if (requestorId is not null)
        {
            return new RequesterChange(requestorId, ticket.RequesterName, ticket.RequesterEmail, null, null);
        }

        var adHoc = body.IsNull("requestor_id") || name is not null || email is not null || telephone is not null || extension is not null;
        return adHoc
            ? new RequesterChange(
                null,
                name ?? ticket.RequesterName,
                body.Has("requestor_email") ? email : ticket.RequesterEmail,
                body.Has("requestor_telephone") ? telephone : ticket.RequesterTelephone,
                body.Has("requestor_ramal") ? extension : ticket.RequesterExtension)
            : new RequesterChange(ticket.RequestorId, ticket.RequesterName, ticket.RequesterEmail, ticket.RequesterTelephone, ticket.RequesterExtension);
    }

    private sealed record RequesterChange(Guid? RequestorId, string Name, string? Email, string? Telephone, string? Extension);
}

/// <summary>PUT /tickets/{n} fields (unknown fields are ignored; documented ones we cannot store are refused, see docs/api-automation.md).</summary>
internal sealed record TicketUpdateBody(
    string? Title,
    string? Description,
    int? DeskId,
    int? StageId,
    int? StatusId,
    int? PriorityId,
    string? PriorityChangeReason,
    int? ResponsibleId,
    int? RequestorId,
    string? RequestorName,
    string? RequestorEmail,
    string? RequestorTelephone,
    string? RequestorRamal,
    string? Followers,
    int? TicketReferenceNumber,
    bool? Stopped,
    string? StopAnswer);
