using Tiflux.Api.Conventions;
using Tiflux.Api.Desks;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tickets;

/// <summary>POST /tickets, PUT /tickets/{n} and its close, cancel and reopen actions (api-v2.md §3.5).</summary>
internal static class TicketWriteEndpoints
{
    private static readonly Dictionary<string, string> TicketFields = new()
    {
        ["Title"] = "title",
        ["Description"] = "description",
        ["ClientId"] = "client_id",
        ["DeskId"] = "desk_id",
        ["PriorityId"] = "priority_id",
        ["StageId"] = "stage_id",
        ["StatusId"] = "status_id",
        ["RequesterName"] = "requestor_name",
        ["RequesterEmail"] = "requestor_email",
        ["ResourceId"] = "equipment_id",
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/tickets", CreateAsync).Produces<TicketCreated>(201).WithTags("Tickets").WithSummary("Open a ticket (multipart/form-data or JSON)")
            .Accepts<TicketCreateBody>("multipart/form-data", "application/json");
        api.MapPut("/tickets/{ticket_number}", UpdateAsync).Produces<TicketDetail>().WithTags("Tickets").WithSummary("Update an open ticket").Body<TicketUpdateBody>();
        api.MapPut("/tickets/{ticket_number}/close", CloseAsync).Produces<ApiMessage>().WithTags("Tickets").WithSummary("Close a ticket");
        api.MapPut("/tickets/{ticket_number}/cancel", CancelAsync).Produces<ApiMessage>().WithTags("Tickets").WithSummary("Cancel a ticket");
        api.MapPut("/tickets/{ticket_number}/reopen", ReopenAsync).Produces<ApiMessage>().WithTags("Tickets").WithSummary("Reopen a ticket (disapproval when awaiting review)");
    }

    private static async Task<IResult> CreateAsync(
        HttpContext http, ITicketsModule tickets, PublicIds ids, IUserDirectory users, TicketDetailShape shape, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        ApiAccess.Require(caller.IsStaff || caller.IsPortalUser);
        var body = await BodyReader.ReadAsync(http.Request, cancellationToken);
        var title = body.String("title", required: true, maxLength: TicketLimits.Title);
        var description = body.String("description", required: true, maxLength: TicketLimits.Description);
        var clientNumber = body.Int("client_id", required: true);
        var deskNumber = body.Int("desk_id", required: true);
        var priorityNumber = body.Int("priority_id");
        var responsibleNumber = body.Int("responsible_id");
        var equipmentNumber = body.Int("equipment_id");
        var requesterName = body.String("requestor_name", maxLength: 200);
        var requesterEmail = body.String("requestor_email", maxLength: 200);
        body.ThrowIfErrors();

        var clientId = await ids.ResolveAsync(PublicIdKind.Client, clientNumber!.Value, cancellationToken);
        if (clientId is null || !caller.MaySee(clientId.Value))
        {
            body.Fail("client_id", "client not found");
        }

        var deskId = await ids.ResolveAsync(PublicIdKind.Desk, deskNumber!.Value, cancellationToken);
        var desk = deskId is null ? null : (await DesksEndpoints.VisibleAsync(caller, tickets, cancellationToken)).FirstOrDefault(d => d.Id == deskId);
        if (desk is null)
        {
            body.Fail("desk_id", "desk not found");
        }

        var priorityId = priorityNumber is { } p ? await ids.ResolveAsync(PublicIdKind.Priority, p, cancellationToken) : null;
        if (priorityNumber is not null && (priorityId is null || desk?.Priorities.All(x => x.Id != priorityId) == true))
        {
            body.Fail("priority_id", "priority not found or does not belongs to desk");
        }

        var responsible = responsibleNumber is { } r ? await ResponsibleAsync(r, ids, users, body, cancellationToken) : null;
        var resourceId = equipmentNumber is { } eq ? await ids.ResolveAsync(PublicIdKind.Equipment, eq, cancellationToken) ?? Guid.Empty : (Guid?)null;
        body.ThrowIfErrors();

        var created = await tickets.CreateTicketAsync(
            new CreateTicketRequest(
                title!, description!, clientId!.Value, desk!.Id, priorityId, responsible?.Id, responsible?.Name,
                string.IsNullOrWhiteSpace(requesterName) ? caller.Name : requesterName, requesterEmail ?? caller.Email, resourceId),
            new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney),
            cancellationToken);
        created.ThrowIfFailed(TicketFields);
        var ticket = await tickets.GetTicketAsync(created.Value, cancellationToken) ?? throw new InvalidOperationException("Ticket vanished.");
        return ApiResults.Created(new TicketCreated(await shape.BuildAsync(ticket, cancellationToken)));
    }

    private static async Task<IResult> UpdateAsync(
        string ticket_number, HttpContext http, ITicketsModule tickets, PublicIds ids, IUserDirectory users, TicketDetailShape shape, CancellationToken cancellationToken)
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
        var responsible = responsibleNumber is { } r ? await ResponsibleAsync(r, ids, users, body, cancellationToken) : null;
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
        (await tickets.UpdateTicketAsync(request, new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney), cancellationToken)).ThrowIfFailed(TicketFields);
        var updated = await tickets.GetTicketAsync(ticket.Number, cancellationToken) ?? ticket;
        return ApiResults.Ok(await shape.BuildAsync(updated, cancellationToken));
    }

    private static async Task<IResult> CloseAsync(string ticket_number, HttpContext http, ITicketsModule tickets, TicketDetailShape shape, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await shape.FindAsync(ticket_number, caller, cancellationToken);
        var result = await tickets.CloseTicketAsync(ticket.Number, new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney), cancellationToken);
        ThrowTransition(result, 42206, ticket.RunningTimers.Count > 0 ? "This ticket has pre appointment(s), remove or complete them to close" : null);
        return ApiResults.Ok(new ApiMessage($"Ticket {ticket.Number} closed successfully"));
    }

    private static async Task<IResult> CancelAsync(string ticket_number, HttpContext http, ITicketsModule tickets, TicketDetailShape shape, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await shape.FindAsync(ticket_number, caller, cancellationToken);
        var result = await tickets.CancelTicketAsync(ticket.Number, new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney), cancellationToken);
        ThrowTransition(result, 42206, ticket.RunningTimers.Count > 0 ? "This ticket has pre appointment(s), remove or complete them to close" : null);
        return ApiResults.Ok(new ApiMessage($"Ticket {ticket.Number} cancelled successfully"));
    }

    private static async Task<IResult> ReopenAsync(string ticket_number, HttpContext http, ITicketsModule tickets, TicketDetailShape shape, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await shape.FindAsync(ticket_number, caller, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var reason = body.String("disapproval_reason", maxLength: 2000);
        body.ThrowIfErrors();
        var actor = new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney);
        Result result;
        if (ticket.State == TicketState.Open)
        {
            throw new ApiErrorException(ApiError.Custom(422, 42207, "error", "Unable to reopen. Ticket is already open"));
        }
        else if (ticket.State == TicketState.AwaitingReview)
        {
            ApiAccess.Require(caller.CanBill);
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new ApiErrorException(ApiError.Custom(422, 42207, "disapproval_reason", "can't be blank when the ticket is pending review"));
            }

            result = await tickets.ReviewTicketAsync(new ReviewTicketRequest(ticket.Number, false, ReviewerRole.PermissionedUser, null, reason), actor, cancellationToken);
        }
        else
        {
            result = await tickets.ReopenTicketAsync(ticket.Number, reason, actor, cancellationToken);
        }

        ThrowTransition(result, 42207, null);
        return ApiResults.Ok(new ApiMessage($"Ticket {ticket.Number} reopened successfully"));
    }

    /// <summary>A refused transition as 422 with the route's code; a running timer is reported under <c>pre_appointments</c>.</summary>
    private static void ThrowTransition(Result result, int code, string? timerMessage)
    {
        if (result.IsSuccess)
        {
            return;
        }

        if (timerMessage is not null)
        {
            throw new ApiErrorException(ApiError.Custom(422, code, "pre_appointments", timerMessage));
        }

        result.ThrowIfFailed(code: code);
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

    private static async Task<(Guid Id, string Name)?> ResponsibleAsync(int number, PublicIds ids, IUserDirectory users, BodyReader body, CancellationToken cancellationToken)
    {
        var userId = await ids.ResolveAsync(PublicIdKind.User, number, cancellationToken);
        var user = userId is null ? null : await users.FindAsync(userId.Value);
        if (user is null || !(await users.RolesOfAsync(user.Id)).Any(r => r is Roles.Admin or Roles.Finance or Roles.Technician))
        {
            body.Fail("responsible_id", "responsible not found");
            return null;
        }

        return (user.Id, string.IsNullOrWhiteSpace(user.FullName) ? user.Email ?? "" : user.FullName);
    }
}

/// <summary>POST /tickets fields we use (others are accepted and ignored).</summary>
internal sealed record TicketCreateBody(
    string Title,
    string Description,
    int ClientId,
    int DeskId,
    int? PriorityId,
    int? ResponsibleId,
    int? EquipmentId,
    string? RequestorName,
    string? RequestorEmail);

/// <summary>PUT /tickets/{n} fields we use (others are accepted and ignored).</summary>
internal sealed record TicketUpdateBody(string? Title, string? Description, int? StageId, int? StatusId, int? PriorityId, int? ResponsibleId);
