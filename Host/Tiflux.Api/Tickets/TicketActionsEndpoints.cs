using Tiflux.Api.Conventions;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tickets;

/// <summary>PUT /tickets/{n}/close, /cancel and /reopen (api-v2.md §3.5); reopening a ticket awaiting review disapproves it. Staff.</summary>
internal static class TicketActionsEndpoints
{
    /// <summary>Module rules of closing that Tiflux reports on a field of their own.</summary>
    private static readonly Dictionary<string, RuleText> CloseRules = new()
    {
        [ChecklistRuleCodes.BlocksClose] = new RuleText("There are required checklists not filled", "ticket_checklists"),
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPut("/tickets/{ticket_number}/close", CloseAsync).Produces<ApiMessage>().WithTags("Tickets").WithSummary("Close a ticket")
            .Requires(Permissions.TicketsView);
        api.MapPut("/tickets/{ticket_number}/cancel", CancelAsync).Produces<ApiMessage>().WithTags("Tickets").WithSummary("Cancel a ticket")
            .Requires(Permissions.TicketsView);
        api.MapPut("/tickets/{ticket_number}/reopen", ReopenAsync).Produces<ApiMessage>().WithTags("Tickets").WithSummary("Reopen a ticket (disapproval when awaiting review)")
            .Requires(Permissions.TicketsView);
    }

    private static async Task<IResult> CloseAsync(string ticket_number, HttpContext http, ITicketLifecycle tickets, TicketDetailShape shape, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await shape.FindAsync(ticket_number, caller, cancellationToken);
        var result = await tickets.CloseTicketAsync(ticket.Number, new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney), cancellationToken);
        if (result.Errors.Any(e => e.Code == SlaRuleCodes.Paused))
        {
            // Tiflux reports this refusal on `stopped`.
            throw new ApiErrorException(ApiError.Custom(422, 42206, "stopped", "Unable to close ticket with stopped SLA"));
        }

        ThrowTransition(result, 42206, ticket.RunningTimers.Count > 0 ? "This ticket has pre appointment(s), remove or complete them to close" : null);
        return ApiResults.Ok(new ApiMessage($"Ticket {ticket.Number} closed successfully"));
    }

    private static async Task<IResult> CancelAsync(string ticket_number, HttpContext http, ITicketLifecycle tickets, TicketDetailShape shape, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await shape.FindAsync(ticket_number, caller, cancellationToken);
        var result = await tickets.CancelTicketAsync(ticket.Number, new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney), cancellationToken);
        ThrowTransition(result, 42206, ticket.RunningTimers.Count > 0 ? "This ticket has pre appointment(s), remove or complete them to close" : null);
        return ApiResults.Ok(new ApiMessage($"Ticket {ticket.Number} cancelled successfully"));
    }

    private static async Task<IResult> ReopenAsync(string ticket_number, HttpContext http, ITicketLifecycle tickets, TicketDetailShape shape, CancellationToken cancellationToken)
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
            ApiAccess.Require(caller.Has(Permissions.TicketsReview));
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

        result.ThrowIfFailed(TicketWriteSupport.TicketFields, code, CloseRules);
    }
}
