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
        var stageNumber = body.Int("stage_id");
        var statusNumber = body.Int("status_id");
        var responsibleNumber = body.Int("responsible_id");
        var equipmentNumber = body.Int("equipment_id");
        var requesterName = body.String("requestor_name", maxLength: TicketLimits.PersonName);
        var requesterEmail = body.String("requestor_email", maxLength: 200);
        var requesterTelephone = TicketRelationsReader.Telephone(body);
        var requesterExtension = body.String("requestor_ramal", maxLength: TicketLimits.Extension);
        var followers = TicketRelationsReader.Followers(body);
        var parentNumber = body.Int("ticket_reference_number");
        TicketRelationsReader.RefuseUnsupported(body);
        var files = await Conversation.UploadReader.ReadAsync(http.Request, body, cancellationToken);
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

        var stageId = await TicketDeskChoice.OptionAsync(body, "stage_id", stageNumber, PublicIdKind.Stage, desk?.Stages ?? [], ids, cancellationToken);
        var statusId = await TicketDeskChoice.OptionAsync(
            body, "status_id", statusNumber, PublicIdKind.Status, desk?.Statuses.Where(s => s.Kind == StatusKind.Open).Select(s => new DeskOptionDto(s.Id, s.Name, s.Position)) ?? [], ids, cancellationToken);
        var responsible = responsibleNumber is { } r ? await TicketWriteSupport.ResponsibleAsync(r, ids, users, body, cancellationToken) : null;
        var resourceId = equipmentNumber is { } eq ? await ids.ResolveAsync(PublicIdKind.Equipment, eq, cancellationToken) ?? Guid.Empty : (Guid?)null;
        var requestorId = await TicketRelationsReader.RequestorAsync(body, ids, cancellationToken);
        var catalogItem = await TicketRelationsReader.CatalogItemAsync(body, ids, cancellationToken);
        body.ThrowIfErrors();

        var adHoc = requestorId is null;
        var request = new CreateTicketRequest(
            title!, description!, clientId!.Value, desk!.Id, priorityId, responsible?.Id, responsible?.Name,
            adHoc && string.IsNullOrWhiteSpace(requesterName) ? caller.Name : requesterName ?? "",
            adHoc && string.IsNullOrWhiteSpace(requesterName) && requesterEmail is null ? caller.Email : requesterEmail,
            resourceId)
        {
            RequestorId = requestorId,
            RequesterTelephone = requesterTelephone,
            RequesterExtension = requesterExtension,
            Followers = followers,
            ParentNumber = parentNumber,
            Origin = TicketOrigin.Api,
            Files = files,
            ServicesCatalogItemId = catalogItem.Id,
        };
        var actor = new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney);
        var created = await lifecycle.CreateTicketAsync(request, actor, cancellationToken);
        created.ThrowIfFailed(TicketWriteSupport.TicketFields);
        var ticket = await tickets.GetTicketAsync(created.Value, cancellationToken) ?? throw new InvalidOperationException("Ticket vanished.");
        ticket = await TicketDeskChoice.MoveAsync(ticket, stageId, statusId, tickets, lifecycle, actor, cancellationToken);
        return ApiResults.Created(new TicketCreated(await shape.BuildAsync(ticket, cancellationToken)));
    }
}

/// <summary>POST /tickets fields (unknown fields are ignored; documented ones we cannot store are refused, see docs/api-automation.md).</summary>
internal sealed record TicketCreateBody(
    string Title,
    string Description,
    int ClientId,
    int DeskId,
    int? PriorityId,
    int? StageId,
    int? StatusId,
    int? ResponsibleId,
    int? EquipmentId,
    int? RequestorId,
    string? RequestorName,
    string? RequestorEmail,
    string? RequestorTelephone,
    string? RequestorCountry,
    string? RequestorRamal,
    string? Followers,
    int? TicketReferenceNumber,
    int? ServicesCatalogsItemId);
