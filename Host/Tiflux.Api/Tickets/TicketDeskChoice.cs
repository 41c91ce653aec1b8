using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tickets;

/// <summary>Stage, status and priority ids of a desk: reading them, the defaults of a desk transfer, and a stage or status asked for on creation.</summary>
internal static class TicketDeskChoice
{
    /// <summary>The option behind an API id, which must be one of <paramref name="options"/> (422 otherwise); null when not sent.</summary>
    public static async Task<Guid?> OptionAsync(
        BodyReader body, string field, int? number, PublicIdKind kind, IEnumerable<DeskOptionDto> options, PublicIds ids, CancellationToken cancellationToken)
    {
        if (number is not { } value)
        {
            return null;
        }

        var id = await ids.ResolveAsync(kind, value, cancellationToken);
        if (id is null || options.All(o => o.Id != id))
        {
            body.Fail(field, "not found or does not belong to the ticket's desk");
            return null;
        }

        return id;
    }

    /// <summary>What Tiflux picks on a transfer when only <c>desk_id</c> comes: the first stage, the first open status, the first priority.</summary>
    public static (Guid Stage, Guid Status, Guid Priority) TransferDefaults(DeskDto desk) => (
        desk.Stages.OrderBy(s => s.Position).First().Id,
        desk.Statuses.Where(s => s.Kind == StatusKind.Open).OrderBy(s => s.Position).First().Id,
        desk.Priorities.OrderBy(p => p.Position).First().Id);

    /// <summary>
    /// Opening a ticket always starts it in the desk's first stage and open status; a stage or status sent with
    /// POST /tickets is applied right after, as an update by the same user.
    /// </summary>
    public static async Task<TicketDto> MoveAsync(
        TicketDto ticket, Guid? stageId, Guid? statusId, ITicketQueries tickets, ITicketLifecycle lifecycle, ActorDto actor, CancellationToken cancellationToken)
    {
        if ((stageId is null || stageId == ticket.StageId) && (statusId is null || statusId == ticket.StatusId))
        {
            return ticket;
        }

        var request = new UpdateTicketRequest(
            ticket.Number, ticket.Title, ticket.Description, stageId ?? ticket.StageId, statusId ?? ticket.StatusId, ticket.PriorityId,
            ticket.ResponsibleUserId, ticket.ResponsibleName, ticket.RequesterName, ticket.RequesterEmail, ticket.ResourceId)
        {
            RequestorId = ticket.RequestorId,
            RequesterTelephone = ticket.RequesterTelephone,
            RequesterExtension = ticket.RequesterExtension,
        };
        (await lifecycle.UpdateTicketAsync(request, actor, cancellationToken)).ThrowIfFailed(TicketWriteSupport.TicketFields);
        return await tickets.GetTicketAsync(ticket.Number, cancellationToken) ?? ticket;
    }
}
