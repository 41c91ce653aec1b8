using Tiflux.Api.Conventions;
using Tiflux.Api.Desks;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;
using Tiflux.Tickets.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Tickets;

/// <summary>POST /tickets (api-v2.md §3.5): opens a ticket, from multipart/form-data or JSON. Staff and portal users.</summary>
internal static class TicketCreateEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/tickets", CreateAsync).Produces<TicketCreated>(201).WithTags("Tickets").WithSummary("Open a ticket (multipart/form-data or JSON)")
            .Accepts<TicketCreateBody>("multipart/form-data", "application/json")
            .RequiresOrPortal(Permissions.TicketsView);

    private static async Task<IResult> CreateAsync(
        HttpContext http, ITicketQueries tickets, ITicketLifecycle lifecycle, ITicketSetup setup, PublicIds ids, IUserDirectory users, TicketDetailShape shape, CancellationToken cancellationToken)
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
        var desk = deskId is null ? null : (await DesksEndpoints.VisibleAsync(caller, setup, cancellationToken)).FirstOrDefault(d => d.Id == deskId);
        if (desk is null)
        {
            body.Fail("desk_id", "desk not found");
        }

        var priorityId = priorityNumber is { } p ? await ids.ResolveAsync(PublicIdKind.Priority, p, cancellationToken) : null;
        if (priorityNumber is not null && (priorityId is null || desk?.Priorities.All(x => x.Id != priorityId) == true))
        {
            body.Fail("priority_id", "priority not found or does not belongs to desk");
        }

        var responsible = responsibleNumber is { } r ? await TicketWriteSupport.ResponsibleAsync(r, ids, users, body, cancellationToken) : null;
        var resourceId = equipmentNumber is { } eq ? await ids.ResolveAsync(PublicIdKind.Equipment, eq, cancellationToken) ?? Guid.Empty : (Guid?)null;
        body.ThrowIfErrors();

        var created = await lifecycle.CreateTicketAsync(
            new CreateTicketRequest(
                title!, description!, clientId!.Value, desk!.Id, priorityId, responsible?.Id, responsible?.Name,
                string.IsNullOrWhiteSpace(requesterName) ? caller.Name : requesterName, requesterEmail ?? caller.Email, resourceId),
            new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney),
            cancellationToken);
        created.ThrowIfFailed(TicketWriteSupport.TicketFields);
        var ticket = await tickets.GetTicketAsync(created.Value, cancellationToken) ?? throw new InvalidOperationException("Ticket vanished.");
        return ApiResults.Created(new TicketCreated(await shape.BuildAsync(ticket, cancellationToken)));
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
